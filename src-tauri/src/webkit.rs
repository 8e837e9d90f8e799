//! WebKitGTK settings for an app that shows only its own local pages, never
//! the web: each one measured on its own by `cargo xtask bench startup`
//! (`docs/performance.md` has the figures). The benchmark starts the app
//! with `--webkit-knobs=LIST` (or `none`) to measure a knob alone; without
//! it the app uses [`KEPT`]. Only the desktop's WebKitGTK has these; other
//! platforms ignore them.

/// One setting, by the name the benchmark passes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Knob {
    /// `WEBKIT_CACHE_MODEL_DOCUMENT_VIEWER`: no memory cache for pages and
    /// resources that a browser keeps to go back and forth; every resource
    /// here is a local file.
    CacheModel,
    /// No back/forward page cache: the UI is one page that never navigates.
    NoPageCache,
    /// Draw without the GPU (`HARDWARE_ACCELERATION_POLICY_NEVER`).
    SoftwareRendering,
}

impl Knob {
    const ALL: [(Knob, &'static str); 3] = [
        (Knob::CacheModel, "cache-model"),
        (Knob::NoPageCache, "no-page-cache"),
        (Knob::SoftwareRendering, "software-rendering"),
    ];
}

/// What the app uses unless the benchmark says otherwise: of the three,
/// only drawing without the GPU changed anything measurable (70 MiB less
/// PSS, the home screen 70 ms sooner, `docs/performance.md`). These pages
/// are text and forms, which the CPU draws without effort, and GPU memory
/// on the phones and old laptops Wegwijs is for is the same RAM.
pub const KEPT: &[Knob] = &[Knob::SoftwareRendering];

/// The knobs named by `--webkit-knobs=a,b` (`none` for none), else
/// [`KEPT`]. An unknown name is ignored with a log line, not an error: it
/// only ever comes from the benchmark.
pub fn from_args(args: impl Iterator<Item = String>) -> Vec<Knob> {
    let Some(list) = args
        .into_iter()
        .find_map(|a| a.strip_prefix("--webkit-knobs=").map(String::from))
    else {
        return KEPT.to_vec();
    };
    list.split(',')
        .filter(|n| !n.is_empty() && *n != "none")
        .filter_map(|n| {
            let found = Knob::ALL
                .iter()
                .find(|(_, name)| *name == n)
                .map(|(k, _)| *k);
            if found.is_none() {
                tracing::warn!(knob = n, "unknown WebKit knob ignored");
            }
            found
        })
        .collect()
}

/// Applies `knobs` to the window's webview.
pub fn apply(window: &tauri::WebviewWindow, knobs: Vec<Knob>) {
    #[cfg(target_os = "linux")]
    {
        let done = window.with_webview(move |webview| {
            use webkit2gtk::{SettingsExt, WebContextExt, WebViewExt};
            let view = webview.inner();
            for knob in &knobs {
                match knob {
                    Knob::CacheModel => {
                        if let Some(context) = view.context() {
                            context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
                        }
                    }
                    Knob::NoPageCache => {
                        if let Some(settings) = WebViewExt::settings(&view) {
                            settings.set_enable_page_cache(false);
                        }
                    }
                    Knob::SoftwareRendering => {
                        if let Some(settings) = WebViewExt::settings(&view) {
                            settings.set_hardware_acceleration_policy(
                                webkit2gtk::HardwareAccelerationPolicy::Never,
                            );
                        }
                    }
                }
            }
        });
        if let Err(e) = done {
            tracing::warn!(error = %e, "WebKit settings not applied");
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (window, knobs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> impl Iterator<Item = String> {
        a.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn without_the_argument_the_kept_knobs_apply() {
        assert_eq!(from_args(args(&["wegwijs-desktop"])), KEPT);
    }

    #[test]
    fn the_benchmark_names_knobs_or_none() {
        assert_eq!(from_args(args(&["x", "--webkit-knobs=none"])), vec![]);
        assert_eq!(
            from_args(args(&["x", "--webkit-knobs=software-rendering,bogus"])),
            vec![Knob::SoftwareRendering]
        );
    }
}
