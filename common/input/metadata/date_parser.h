#pragma once
// Date recognition for article metadata. Pure functions; return ISO 8601 "YYYY-MM-DD".

#include <optional>
#include <string>
#include <string_view>

namespace rostra {

/// Parses a date field as the dumps write it, ignoring surrounding whitespace, a leading
/// weekday and anything after the date that is not part of a word (a time, a zone, teletype
/// junk). Accepted: "2022-03-04", "2022-03-04T10:00:00Z", "2022/03/04", "December 31, 2017",
/// "Dec. 31, 2017", "31 December 2017", "20 января 2025 г.", "31-Dec-17", "26-FEB-1987 15:01",
/// "04.03.2022", "Mon, 20 Jan 2025 10:00:00 +0000", "21. April 2020", "3 de mayo de 2022"
/// (month names as find_date), and slash dates when unambiguous.
/// Two-digit years below 50 are 20xx, others 19xx. Returns nullopt for anything else,
/// including impossible dates and ambiguous ones such as "03/04/2022": never a guess.
std::optional<std::string> parse_date(std::string_view text);

/// The first date anywhere in `text` (a byline, a dateline: "Von Anna Muster | 21. April
/// 2020, 16:40"), in any form parse_date accepts, with the year in four digits. Month names
/// are read in English, Russian, German, French, Spanish, Portuguese, Italian and Dutch.
/// A slash date that could be day-first or month-first ("03/05/2022") is read the way
/// that falls within a day of `near` (an ISO date the page's metadata gives), when `near`
/// is given and exactly one reading does. Returns nullopt when there is none. Pure.
std::optional<std::string> find_date(std::string_view text, std::string_view near = {});

/// Days since 1970-01-01 of an ISO date "YYYY-MM-DD" that is_valid_date accepts.
long days_from_iso(std::string_view iso_date);

/// Like parse_date, but a slash date that could be either way ("03/04/2022") is read day
/// first (3 April): for text from a place that writes dates so (a page in any language but
/// US English). Pure.
std::optional<std::string> parse_date_day_first(std::string_view text);

/// Like parse_date, but the whole line must be a date (optionally followed by a time):
/// used to recognize a date line in a plain-text article.
std::optional<std::string> parse_date_line(std::string_view line);

/// Finds a date in a URL path: "/2025/01/20/", "/2025-01-20/" or "/20250120/"-free forms
/// only (a run of 8 digits is too often an id). Returns nullopt when there is none.
std::optional<std::string> date_from_url(std::string_view url);

/// True when y-m-d is a real calendar date between years 1000 and 2999.
bool is_valid_date(int year, int month, int day);

}  // namespace rostra
