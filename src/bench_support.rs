//! Stage-by-stage entry points for the criterion benchmarks, and internal checks
//! for the fuzz targets (not a stable API).

use crate::{classify, decode, features, parse, render, segment};

/// Where [`run_until`] stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Bytes to text.
    Decode,
    /// ... and the DOM.
    Parse,
    /// ... and the blocks.
    Segment,
    /// ... and the features.
    Features,
    /// ... and the classification.
    Classify,
    /// ... and the text.
    Render,
}

/// Runs the pipeline on `bytes` up to `stage`; returns a size so nothing is optimised away.
pub fn run_until(bytes: &[u8], stage: Stage) -> usize {
    let Ok(decoded) = decode::decode(bytes, None, false) else {
        return 0;
    };
    if stage == Stage::Decode {
        return decoded.text.len();
    }
    let Ok(dom) = parse::parse(&decoded.text, parse::Bounds::NONE, false) else {
        return 0;
    };
    if stage == Stage::Parse {
        return dom.tree.values().count();
    }
    let mut seg = segment::segment(&dom);
    drop(dom);
    if stage == Stage::Segment {
        return seg.blocks.len();
    }
    let (feats, page) = features::compute(
        &seg.blocks,
        &seg.elements,
        seg.facts.site_name.clone(),
        None,
        false,
    );
    if stage == Stage::Features {
        return feats.len();
    }
    let opts = classify::Options::default();
    classify::classify(
        &mut seg.blocks,
        &seg.elements,
        &feats,
        &page,
        &seg.facts,
        None,
        &opts,
    );
    if stage == Stage::Classify {
        return seg.blocks.iter().filter(|b| b.kept).count();
    }
    render::text(&seg.blocks, true).len()
}

/// Where the parser's fast path (its own tokenizer) builds another tree than
/// html5ever's tokenizer would from `html`; `None` when they agree or the fast
/// path leaves `html` to html5ever.
pub fn parse_disagreement(html: &str) -> Option<String> {
    parse::tokenizer::disagreement(html)
}
