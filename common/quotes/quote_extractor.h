#pragma once
// Finds quoted spans in article text. Pure: text in, spans with byte offsets out.

#include <string_view>
#include <vector>

#include "common/model/quote.h"

namespace rostra {

/// Finds the outer quoted spans of `body` (paragraphs separated by blank lines), in order.
///
/// Marks: straight "…", curly “…”, reversed ”…“, «…» (with „…“ nested), „…“, and single
/// ‘…’ or '…' where they are the outer marks. A mark opens only before a non-space and
/// closes only after one, so apostrophes (Trump’s, leaders’ meeting, the ’90s) are never
/// taken for marks. Nested quotes stay inside their outer span. A quote still open at the
/// end of its paragraph ends there; if the next paragraph opens with a mark it is marked
/// `continues`, and the next paragraph's span `continuation`; if instead a later paragraph
/// ends with a lone closing mark and the paragraphs between hold no marks, the quotation
/// never reopened its marks and the span runs on to that mark. A straight quote that opens
/// while another is open ends the open one at its last sentence end, so one missing mark
/// cannot swallow the rest of the paragraph; when the new mark follows that sentence end
/// directly (`said: "A. "B. "C."`, a paragraph break lost), the pieces are one quotation:
/// each is marked `continues` and the next `continuation`, as across paragraphs. So is a
/// curly “ that opens right after a sentence end inside an open curly quote (`“A.  “B.”`):
/// a new piece, not a nested quote.
///
/// A Russian quotation its attribution interrupts inside the marks (`«А, — сказал он. —
/// Б»`: a dash after punctuation opening a short lower-case narrative, closed by a dash after
/// . , or :) gives two quotes, A and B, the narrative left outside them.
///
/// Returned quotes have kind kQuote and no speaker: see attribute_speakers.
std::vector<Quote> find_quotes(std::string_view body);

}  // namespace rostra
