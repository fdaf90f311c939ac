#pragma once
// Who sent the message an article reports, when its title says ("President Vladimir Putin
// sent a message of congratulations to …"). Pure.

#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// The name tokens of the sender a title names: the capitalised words before a sending verb
/// ("sent", "sends", "addressed", "направил"…) followed later in the title by a message noun
/// (a document noun, "congratulations", "condolences", "поздравление"…), without the titles
/// and demonyms before the name ("President", "Russian"). Empty when the title has no such
/// clause or the words before the verb are no name of two words or more (a lone surname in
/// a headline is too often something else). Thread-safe.
std::vector<std::string> title_sender(std::string_view title);

/// The words of a title or a name split at spaces, the punctuation after each (, : .) removed.
std::vector<std::string> title_words(std::string_view title);

/// A verb that sends a message: "sent", "sends", "addressed", "направил"… (lower case).
bool is_sending_verb(std::string_view lower);

/// A noun naming a sent message: a document noun (is_document_noun) or "congratulations",
/// "condolences", "поздравление"… (lower case).
bool is_message_noun(std::string_view lower);

}  // namespace rostra
