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
// DejaVu has Latin, Greek and Cyrillic; Arabic letters come from Noto Naskh
// Arabic, which has the forms a letter takes at the start, middle and end of
// a word. krilla embeds only the glyphs a document uses.
static ARABIC: &[u8] = include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf");

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
    /// One line, in logical order: `text` is `paragraph[range]`; `x` is
    /// its left edge, `rtl` the paragraph's direction for the bidi
    /// algorithm, which runs over the whole paragraph.
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        text: String,
        paragraph: std::sync::Arc<str>,
        range: std::ops::Range<usize>,
        rtl: bool,
    },
    /// An empty tick box, to tick with a pen.
    Box { x: f32, y: f32, size: f32 },
}

/// Which of the embedded fonts draws a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Face {
    Latin,
    Arabic,
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters that belong to no script (spaces, punctuation) take the face
/// of what precedes them when it has a glyph for them, so an Arabic word and
/// the space after it are shaped together, and a bracket Noto Naskh lacks is
/// drawn by DejaVu rather than as an empty box.
fn is_neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation()
}

/// `text` cut into pieces of one face each (byte ranges).
fn by_face(text: &str, arabic_has: impl Fn(char) -> bool) -> Vec<(Face, std::ops::Range<usize>)> {
    let mut out: Vec<(Face, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let face = if is_arabic(c) {
            Face::Arabic
        } else if is_neutral(c) {
            match out.last() {
                Some((Face::Arabic, _)) if arabic_has(c) => Face::Arabic,
                _ => Face::Latin,
            }
        } else {
            Face::Latin
        };
        match out.last_mut() {
            Some((f, r)) if *f == face => r.end = end,
            _ => out.push((face, i..end)),
        }
    }
    out
}

struct Metrics {
    faces: [rustybuzz::Face<'static>; 4],
}

impl Metrics {
    fn new() -> Option<Self> {
        Some(Metrics {
            faces: [
                rustybuzz::Face::from_slice(REGULAR, 0)?,
                rustybuzz::Face::from_slice(BOLD, 0)?,
                rustybuzz::Face::from_slice(ARABIC, 0)?,
                rustybuzz::Face::from_slice(ARABIC_BOLD, 0)?,
            ],
        })
    }

    fn face(&self, face: Face, weight: Weight) -> &rustybuzz::Face<'static> {
        let i = match (face, weight) {
            (Face::Latin, Weight::Regular) => 0,
            (Face::Latin, Weight::Bold) => 1,
            (Face::Arabic, Weight::Regular) => 2,
            (Face::Arabic, Weight::Bold) => 3,
        };
        &self.faces[i]
    }

    /// The shaped advance of one piece in one face: what krilla will draw.
    fn shaped(&self, text: &str, face: Face, size: f32, weight: Weight) -> f32 {
        let f = self.face(face, weight);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let out = rustybuzz::shape(f, &[], buffer);
        let units: i32 = out.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f.units_per_em() as f32
    }

    fn arabic_has(&self, c: char) -> bool {
        self.faces[2].glyph_index(c).is_some()
    }

    fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        by_face(text, |c| self.arabic_has(c))
            .into_iter()
            .map(|(face, r)| self.shaped(&text[r], face, size, weight))
            .sum()
    }

    /// The pieces of a line in the order they are drawn from left to right:
    /// the Unicode bidi algorithm orders the runs (a Dutch word or a number
    /// inside Arabic stays left to right), then each run is cut by face.
    ///
    /// The levels are resolved over the whole paragraph and only then cut
    /// into lines, as UAX #9 says, so a bracket opened on one line and
    /// closed on the next still pairs.
    fn visual_pieces(
        &self,
        paragraph: &str,
        line: std::ops::Range<usize>,
        rtl: bool,
    ) -> Vec<(String, Face, bool)> {
        use unicode_bidi::{BidiInfo, Level};
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(paragraph, Some(base));
        let text = paragraph;
        let mut out = Vec::new();
        for para in &info.paragraphs {
            let start = line.start.max(para.range.start);
            let end = line.end.min(para.range.end);
            if start >= end {
                continue;
            }
            let (levels, runs) = info.visual_runs(para, start..end);
            for run in runs {
                let run_rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
                let mut pieces = by_face(&text[run.clone()], |c| self.arabic_has(c));
                if run_rtl {
                    pieces.reverse();
                }
                for (face, r) in pieces {
                    let start = run.start + r.start;
                    let end = run.start + r.end;
                    out.push((text[start..end].to_string(), face, run_rtl));
                }
            }
        }
        out
    }
}

/// Lines of at most `max` points wide; words longer than a line (URLs) are
/// broken where they must be.
fn wrap(m: &Metrics, text: &str, size: f32, weight: Weight, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    // A no-break space keeps a phone number ("0800\u{a0}0543") on one line.
    for word in text
        .split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
    {
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
    /// Right to left: lines start at the right margin, indents and tick
    /// boxes are on the right.
    rtl: bool,
}

impl Layout {
    fn new(m: Metrics, rtl: bool) -> Self {
        Layout {
            m,
            pages: vec![Vec::new()],
            y: MARGIN,
            rtl,
        }
    }

    /// The left edge of a box or line of `width` that starts `indent` from
    /// the margin where the reading starts.
    fn x(&self, indent: f32, width: f32) -> f32 {
        if self.rtl {
            PAGE_W - MARGIN - indent - width
        } else {
            MARGIN + indent
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
        let lines = wrap(&self.m, text, size, weight, TEXT_W - indent);
        let paragraph: std::sync::Arc<str> = lines.join(" ").into();
        let mut start = 0;
        for line in lines {
            self.ensure(leading);
            self.y += leading;
            let width = self.m.width(&line, size, weight);
            let range = start..start + line.len();
            start = range.end + 1;
            self.push(Op::Text {
                x: self.x(indent, width),
                y: self.y,
                size,
                weight,
                text: line,
                paragraph: paragraph.clone(),
                range,
                rtl: self.rtl,
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
        Ok(d) => {
            use crate::error::FluentArg;
            let mut args = std::collections::BTreeMap::new();
            args.insert("day".into(), FluentArg::Text(d.day().to_string()));
            args.insert(
                "month".into(),
                FluentArg::Text(l10n.text(lang, &format!("month-{}", d.month()))),
            );
            args.insert("year".into(), FluentArg::Text(d.year().to_string()));
            // The order and any words around the parts ("2 березня 2027 р.")
            // are the language's, in `date-long`.
            l10n.format(lang, "date-long", &args)
        }
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
    let mut l = Layout::new(Metrics::new()?, lang.is_right_to_left());
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
            x: l.x(0.0, box_size),
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
        if let Some(abroad) = &task.due_abroad {
            let mut a = std::collections::BTreeMap::new();
            a.insert(
                "date".into(),
                crate::error::FluentArg::Text(long_date(l10n, lang, &abroad.date)),
            );
            a.insert(
                "time".into(),
                crate::error::FluentArg::Text(abroad.time.clone()),
            );
            a.insert(
                "place".into(),
                crate::error::FluentArg::Text(abroad.place.clone()),
            );
            l.paragraph(
                &l10n.format(lang, "plan-due-abroad", &a),
                BODY,
                Weight::Regular,
                indent,
            );
        }
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
        if let Some(m) = &task.where_to_go {
            let mut a = std::collections::BTreeMap::new();
            a.insert(
                "country".into(),
                crate::error::FluentArg::Text(t(&format!("country-{}", m.country))),
            );
            l.paragraph(
                &l10n.format(lang, "plan-where-to-go", &a),
                BODY,
                Weight::Regular,
                indent,
            );
            // Printed without the scheme: it is typed in by hand.
            for url in std::iter::once(&m.url).chain(&m.consulates) {
                l.paragraph(
                    url.trim_start_matches("https://"),
                    BODY,
                    Weight::Regular,
                    indent,
                );
            }
        }
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

    let terms = glossary_terms(l10n, plan);
    if !terms.is_empty() {
        l.gap(16.0);
        l.ensure(BODY * 6.0);
        l.paragraph(&t("pdf-glossary-title"), 16.0, Weight::Bold, 0.0);
        for term in terms {
            let own = t(&format!("glossary-{term}"));
            let dutch = l10n.text(Language::NL, &format!("glossary-{term}"));
            // A dash, not brackets: the Dutch term may hold brackets of its
            // own ("burgerservicenummer (BSN)").
            let head = if own == dutch {
                own
            } else {
                format!("{own} – {dutch}")
            };
            l.gap(4.0);
            l.paragraph(&head, BODY, Weight::Bold, 0.0);
            l.paragraph(
                &t(&format!("glossary-{term}-explanation")),
                BODY,
                Weight::Regular,
                0.0,
            );
        }
    }

    l.gap(16.0);
    l.ensure(BODY * 8.0);
    l.paragraph(&t("pdf-help-title"), 16.0, Weight::Bold, 0.0);
    l.paragraph(&t("pdf-help"), BODY, Weight::Regular, 0.0);

    // What to ask at the desk, so a first visit is not spent finding words.
    l.gap(12.0);
    l.ensure(BODY * 8.0);
    l.paragraph(&t("pdf-questions-title"), 16.0, Weight::Bold, 0.0);
    for q in QUESTIONS {
        l.paragraph(&format!("• {}", t(q)), BODY, Weight::Regular, 10.0);
    }

    l.gap(12.0);
    l.ensure(BODY * 8.0);
    l.paragraph(&t("pdf-contacts-title"), 16.0, Weight::Bold, 0.0);
    let mut providers: Vec<&str> = Vec::new();
    for task in &plan.tasks {
        if !providers.contains(&task.provider.as_str()) {
            providers.push(&task.provider);
        }
    }
    for provider in providers {
        let contact = CONTACTS.iter().find(|c| c.provider == provider);
        let line = |id: &str, name: &str, value: &str| {
            let mut a = std::collections::BTreeMap::new();
            let value = value.replace(' ', "\u{a0}");
            a.insert(name.into(), crate::error::FluentArg::Text(value));
            l10n.format(lang, id, &a)
        };
        let mut lines = Vec::new();
        if provider == "gemeente" {
            lines.push(t("pdf-contact-gemeente"));
        }
        if let Some(c) = contact {
            if let Some(p) = &c.phone {
                lines.push(line("pdf-contact-phone", "phone", p));
            }
            if let Some(p) = &c.abroad {
                lines.push(line("pdf-contact-abroad", "phone", p));
            }
            lines.push(line("pdf-contact-site", "site", &c.site));
        } else if provider != "gemeente" {
            lines.push(t("pdf-contact-letter"));
        }
        // A provider's name stays on the page with its numbers.
        l.ensure(BODY * 1.45 * (lines.len() as f32 + 1.0) + 4.0);
        l.gap(4.0);
        l.paragraph(&t(&format!("provider-{provider}")), BODY, Weight::Bold, 0.0);
        for text in lines {
            l.paragraph(&text, BODY, Weight::Regular, 10.0);
        }
    }
    Some(l)
}

/// Questions to ask at the library's help desk, in the order a visit goes.
const QUESTIONS: [&str; 5] = [
    "pdf-question-first",
    "pdf-question-papers",
    "pdf-question-digid",
    "pdf-question-someone-else",
    "pdf-question-disagree",
];

static CONTACTS: std::sync::LazyLock<Vec<wegwijs_content::Contact>> =
    std::sync::LazyLock::new(wegwijs_content::embedded_contacts);

/// The glossary terms that the plan's tasks use, in glossary order. Found in
/// the Dutch text, which every translation follows, so a person reading
/// Arabic gets the same words explained as one reading Dutch.
fn glossary_terms(l10n: &Localizer, plan: &PlanDto) -> Vec<&'static str> {
    let dutch: String = plan
        .tasks
        .iter()
        .flat_map(|t| [&t.title_id, &t.body_id])
        .map(|id| l10n.text(Language::NL, id).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    wegwijs_core::glossary::TERMS
        .iter()
        .copied()
        .filter(|term| contains_word(&dutch, &term.replace('-', " ")))
        .collect()
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
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
    let font = |data: &'static [u8]| Font::new(data.to_vec().into(), 0);
    let fonts = [
        font(REGULAR)?,
        font(BOLD)?,
        font(ARABIC)?,
        font(ARABIC_BOLD)?,
    ];
    let pick = |face: Face, weight: Weight| {
        let i = match (face, weight) {
            (Face::Latin, Weight::Regular) => 0,
            (Face::Latin, Weight::Bold) => 1,
            (Face::Arabic, Weight::Regular) => 2,
            (Face::Arabic, Weight::Bold) => 3,
        };
        fonts[i].clone()
    };
    let mut doc = Document::new();
    let pages = l.pages.len();
    for (i, ops) in l.pages.iter().enumerate() {
        let mut page = doc.start_page_with(PageSettings::from_wh(PAGE_W, PAGE_H)?);
        let mut surface = page.surface();
        let line = |surface: &mut krilla::surface::Surface<'_>,
                    x: f32,
                    y: f32,
                    size: f32,
                    weight: Weight,
                    paragraph: &str,
                    range: std::ops::Range<usize>,
                    rtl: bool| {
            let mut cursor = x;
            for (piece, face, piece_rtl) in l.m.visual_pieces(paragraph, range, rtl) {
                let direction = if piece_rtl {
                    TextDirection::RightToLeft
                } else {
                    TextDirection::LeftToRight
                };
                surface.draw_text(
                    Point::from_xy(cursor, y),
                    pick(face, weight),
                    size,
                    &piece,
                    false,
                    direction,
                );
                cursor += l.m.shaped(&piece, face, size, weight);
            }
        };
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    weight,
                    paragraph,
                    range,
                    rtl,
                    ..
                } => line(
                    &mut surface,
                    *x,
                    *y,
                    *size,
                    *weight,
                    paragraph,
                    range.clone(),
                    *rtl,
                ),
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
        let width = l.m.width(&footer, 10.0, Weight::Regular);
        let x = l.x(0.0, width);
        line(
            &mut surface,
            x,
            PAGE_H - MARGIN / 2.0,
            10.0,
            Weight::Regular,
            &footer,
            0..footer.len(),
            l.rtl,
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
