//! Charts drawn by the server as inline SVG: they need no script, print as they are, and follow
//! the page's language because every label and number comes in already formatted.

/// One bar: its label, its length and the text written after it.
pub struct BarItem {
    pub label: String,
    pub value: f64,
    pub text: String,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let t: String = s.chars().take(max - 1).collect();
        format!("{t}…")
    }
}

/// Horizontal bars, one row per item, labels on the left. `title` names the chart for screen
/// readers.
pub fn bars(title: &str, items: &[BarItem]) -> String {
    const W: f64 = 720.0;
    const LABEL: f64 = 320.0;
    const ROW: f64 = 26.0;
    let max = items.iter().map(|i| i.value).fold(0.0_f64, f64::max);
    let h = ROW * items.len().max(1) as f64 + 4.0;
    let mut s = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {h}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        esc(title),
        esc(title)
    );
    let room = W - LABEL - 110.0;
    for (i, it) in items.iter().enumerate() {
        let y = 2.0 + ROW * i as f64;
        let len = if max > 0.0 {
            room * it.value / max
        } else {
            0.0
        };
        s.push_str(&format!(
            "<g class=\"bar\"><title>{}: {}</title><text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">{}</text>\
             <rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{len:.1}\" height=\"{:.1}\" fill=\"#2f6f9f\"></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" fill=\"#222\" class=\"value\">{}</text></g>",
            esc(&it.label),
            esc(&it.text),
            LABEL - 8.0,
            y + ROW * 0.65,
            esc(&short(&it.label, 36)),
            y + 4.0,
            ROW - 8.0,
            LABEL + len + 6.0,
            y + ROW * 0.65,
            esc(&it.text)
        ));
    }
    s.push_str("</svg>");
    s
}

/// Vertical columns for a distribution (scale values, number intervals), labels underneath.
pub fn columns(title: &str, items: &[BarItem]) -> String {
    const H: f64 = 200.0;
    const BASE: f64 = 160.0;
    let n = items.len().max(1) as f64;
    let w = (60.0 * n).max(300.0);
    let step = w / n;
    let max = items.iter().map(|i| i.value).fold(0.0_f64, f64::max);
    let mut s = format!(
        "<svg class=\"chart columns\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {H}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        esc(title),
        esc(title)
    );
    s.push_str(&format!(
        "<line x1=\"0\" y1=\"{BASE}\" x2=\"{w:.0}\" y2=\"{BASE}\" stroke=\"#999\"></line>"
    ));
    for (i, it) in items.iter().enumerate() {
        let x = step * i as f64;
        let hgt = if max > 0.0 {
            130.0 * it.value / max
        } else {
            0.0
        };
        s.push_str(&format!(
            "<g class=\"bar\"><title>{}: {}</title><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{hgt:.1}\" fill=\"#2f6f9f\"></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#222\" class=\"value\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#222\">{}</text></g>",
            esc(&it.label),
            esc(&it.text),
            x + step * 0.15,
            BASE - hgt,
            step * 0.7,
            x + step / 2.0,
            BASE - hgt - 5.0,
            esc(&it.text),
            x + step / 2.0,
            BASE + 18.0,
            esc(&short(&it.label, 12))
        ));
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_scale() {
        let svg = bars(
            "T",
            &[
                BarItem {
                    label: "<b>&".into(),
                    value: 2.0,
                    text: "2".into(),
                },
                BarItem {
                    label: "x".into(),
                    value: 1.0,
                    text: "1".into(),
                },
            ],
        );
        assert!(svg.contains("&lt;b&gt;&amp;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("width=\"290.0\""), "{svg}");
        assert!(svg.contains("width=\"145.0\""));
        let cols = columns("T", &[]);
        assert!(cols.starts_with("<svg"));
    }
}
