//! The printable checklist: a plan on A4, in the person's language, large
//! enough for older readers, with what to bring and where to get help, to
//! take to the library's Informatiepunt Digitale Overheid.
//!
//! Layout is done here in two steps: first the text is wrapped and placed on
//! pages (plain data, testable), then krilla draws it. Text stays real text
//! (fonts embedded, extractable with `pdftotext`), not pictures of text.

use jiff::civil::Date;
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::text::{Font, TextDirection};
use wegwijs_core::Language;

use crate::Localizer;
use crate::guidance::{PlanDto, PlannedTaskDto};

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

// A4 in points, with 2 cm margins.
const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 57.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// 13 pt body text: larger than the usual 11 pt, for older readers.
const BODY: f32 = 13.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        text: String,
    },
    /// An empty tick box, to tick with a pen.
    Box { x: f32, y: f32, size: f32 },
}

struct Metrics {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Metrics {
    fn new() -> Option<Self> {
        Some(Metrics {
            regular: ttf_parser::Face::parse(REGULAR, 0).ok()?,
            bold: ttf_parser::Face::parse(BOLD, 0).ok()?,
        })
    }

    fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let units: u32 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(0, u32::from)
            })
            .sum();
        units as f32 * size / f32::from(face.units_per_em())
    }
}

/// Lines of at most `max` points wide; words longer than a line (URLs) are
/// broken where they must be.
fn wrap(m: &Metrics, text: &str, size: f32, weight: Weight, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if m.width(&candidate, size, weight) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if m.width(&piece, size, weight) > max {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        line = piece;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

struct Layout {
    m: Metrics,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn new(m: Metrics) -> Self {
        Layout {
            m,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > PAGE_H - MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn paragraph(&mut self, text: &str, size: f32, weight: Weight, indent: f32) {
        let leading = size * 1.45;
        for line in wrap(&self.m, text, size, weight, TEXT_W - indent) {
            self.ensure(leading);
            self.y += leading;
            self.push(Op::Text {
                x: MARGIN + indent,
                y: self.y,
                size,
                weight,
                text: line,
            });
        }
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }
}

/// A date written out: "1 december 2026" / "1 December 2026".
pub fn long_date(l10n: &Localizer, lang: Language, iso: &str) -> String {
    match iso.parse::<Date>() {
        Ok(d) => format!(
            "{} {} {}",
            d.day(),
            l10n.text(lang, &format!("month-{}", d.month())),
            d.year()
        ),
        Err(_) => iso.to_string(),
    }
}

fn when(l10n: &Localizer, lang: Language, t: &PlannedTaskDto) -> String {
    let d = |s: &str| crate::error::FluentArg::Text(long_date(l10n, lang, s));
    let mut args = std::collections::BTreeMap::new();
    let id = match (&t.earliest, &t.due) {
        (Some(from), Some(to)) => {
            args.insert("from".into(), d(from));
            args.insert("to".into(), d(to));
            "plan-window"
        }
        (None, Some(due)) => {
            args.insert("date".into(), d(due));
            "plan-due"
        }
        (Some(from), None) => {
            args.insert("date".into(), d(from));
            "plan-from"
        }
        (None, None) => "plan-no-date",
    };
    l10n.format(lang, id, &args)
}

fn layout(
    plan: &PlanDto,
    l10n: &Localizer,
    lang: Language,
    name: Option<&str>,
    made_on: Date,
) -> Option<Layout> {
    let t = |id: &str| l10n.text(lang, id);
    let mut l = Layout::new(Metrics::new()?);
    let title = t(&format!("event-{}-title", plan.event));
    l.paragraph(
        &format!("{}: {title}", t("app-name")),
        22.0,
        Weight::Bold,
        0.0,
    );
    l.gap(4.0);
    let date_label = t(&format!("event-{}-date", plan.event));
    l.paragraph(
        &format!("{date_label}: {}", long_date(l10n, lang, &plan.date)),
        BODY,
        Weight::Regular,
        0.0,
    );
    let mut args = std::collections::BTreeMap::new();
    args.insert(
        "date".into(),
        crate::error::FluentArg::Text(long_date(l10n, lang, &made_on.to_string())),
    );
    if let Some(n) = name {
        args.insert("name".into(), crate::error::FluentArg::Text(n.to_string()));
        l.paragraph(
            &l10n.format(lang, "pdf-made-for", &args),
            BODY,
            Weight::Regular,
            0.0,
        );
    } else {
        l.paragraph(
            &l10n.format(lang, "pdf-made-on", &args),
            BODY,
            Weight::Regular,
            0.0,
        );
    }
    l.paragraph(&t("pdf-intro"), BODY, Weight::Regular, 0.0);
    l.gap(10.0);

    for task in &plan.tasks {
        // Keep a task's heading with at least its first lines.
        l.ensure(BODY * 6.0);
        l.gap(8.0);
        let box_size = 14.0;
        let top = l.y;
        l.push(Op::Box {
            x: MARGIN,
            y: top + 4.0,
            size: box_size,
        });
        l.paragraph(
            &l10n.text(lang, &task.title_id),
            15.0,
            Weight::Bold,
            box_size + 10.0,
        );
        let indent = box_size + 10.0;
        l.paragraph(&when(l10n, lang, task), BODY, Weight::Bold, indent);
        let mut p = std::collections::BTreeMap::new();
        p.insert(
            "provider".into(),
            crate::error::FluentArg::Text(t(&format!("provider-{}", task.provider))),
        );
        l.paragraph(
            &l10n.format(lang, "plan-provider", &p),
            BODY,
            Weight::Regular,
            indent,
        );
        l.paragraph(
            &l10n.text(lang, &task.body_id),
            BODY,
            Weight::Regular,
            indent,
        );
        if !task.bring.is_empty() {
            let bring: Vec<String> = task
                .bring
                .iter()
                .map(|k| t(&format!("document-kind-{k}")))
                .collect();
            l.paragraph(
                &format!("{} {}", t("plan-bring"), bring.join(", ")),
                BODY,
                Weight::Regular,
                indent,
            );
        }
        let channels: Vec<String> = task
            .channels
            .iter()
            .map(|c| t(&format!("channel-{c}")))
            .collect();
        l.paragraph(
            &format!("{} {}", t("plan-channels"), channels.join(", ")),
            BODY,
            Weight::Regular,
            indent,
        );
        if let Some(note) = &task.note {
            l.paragraph(
                &format!("{} {note}", t("plan-note")),
                BODY,
                Weight::Regular,
                indent,
            );
        }
        l.paragraph(&t("plan-sources"), 11.0, Weight::Regular, indent);
        for s in &task.sources {
            l.paragraph(s, 11.0, Weight::Regular, indent);
        }
    }

    l.gap(16.0);
    l.ensure(BODY * 8.0);
    l.paragraph(&t("pdf-help-title"), 16.0, Weight::Bold, 0.0);
    l.paragraph(&t("pdf-help"), BODY, Weight::Regular, 0.0);
    Some(l)
}

/// The plan as an A4 PDF checklist. `None` only if the embedded fonts could
/// not be read, which a test rules out.
pub fn plan_pdf(
    plan: &PlanDto,
    l10n: &Localizer,
    lang: Language,
    name: Option<&str>,
    made_on: Date,
) -> Option<Vec<u8>> {
    let l = layout(plan, l10n, lang, name, made_on)?;
    let regular = Font::new(REGULAR.to_vec().into(), 0)?;
    let bold = Font::new(BOLD.to_vec().into(), 0)?;
    let mut doc = Document::new();
    let pages = l.pages.len();
    for (i, ops) in l.pages.iter().enumerate() {
        let mut page = doc.start_page_with(PageSettings::from_wh(PAGE_W, PAGE_H)?);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    weight,
                    text,
                } => {
                    let font = if *weight == Weight::Bold {
                        bold.clone()
                    } else {
                        regular.clone()
                    };
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font,
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Box { x, y, size } => {
                    let mut pb = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *size, *size) {
                        pb.push_rect(rect);
                    }
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            width: 1.5,
                            ..Default::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                        surface.set_fill(Some(Default::default()));
                    }
                }
            }
        }
        let footer = format!("{} {} / {pages}", l10n.text(lang, "pdf-page"), i + 1);
        surface.draw_text(
            Point::from_xy(MARGIN, PAGE_H - MARGIN / 2.0),
            regular.clone(),
            10.0,
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    doc.finish().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let m = Metrics::new().unwrap();
        let text = "Geef de geboorte aan bij de gemeente waar je kind is geboren. https://www.rijksoverheid.nl/onderwerpen/aangifte-geboorte/vraag-en-antwoord/zeer-lang-pad";
        let lines = wrap(&m, text, BODY, Weight::Regular, 200.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(m.width(l, BODY, Weight::Regular) <= 200.0, "{l}");
        }
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }
}
