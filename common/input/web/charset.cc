#include "common/input/web/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "common/base/text_util.h"

namespace rostra {

std::string charset_from_bom(std::string_view bytes, std::size_t& length) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  if (bytes.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
    length = 3;
    return "utf-8";
  }
  if (bytes.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) {
    length = 2;
    return "utf-16le";
  }
  if (bytes.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) {
    length = 2;
    return "utf-16be";
  }
  length = 0;
  return {};
}

std::string charset_from_content_type(std::string_view content_type) {
  std::string lower = ascii_lower(content_type);
  std::size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  std::string_view rest = std::string_view(lower).substr(at + 8);
  rest = trim(rest);
  if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) rest.remove_prefix(1);
  return std::string(trim(rest.substr(0, rest.find_first_of("; \"'"))));
}

std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      ucsdet_close);
  if (U_FAILURE(status)) return {};
  // ICU reads at most what it is given; 64 KiB is plenty to decide and keeps it fast.
  std::size_t size = std::min<std::size_t>(bytes.size(), 64 * 1024);
  ucsdet_enableInputFilter(detector.get(), true);  // skip markup
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(size), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  if (ucsdet_getConfidence(match, &status) < 10) return {};
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name != nullptr ? ascii_lower(name) : std::string();
}

bool is_utf8_charset(std::string_view charset) {
  std::string lower = ascii_lower(trim(charset));
  return lower == "utf-8" || lower == "utf8" || lower == "unicode-1-1-utf-8";
}

bool convert_to_utf8(std::string_view bytes, std::string_view charset, std::string& out) {
  out.clear();
  std::string label = ascii_lower(trim(charset));
  // The Encoding standard reads these labels as windows-1252, as browsers do.
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" ||
      label == "iso8859-1" || label == "l1") {
    label = "windows-1252";
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(label.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) return false;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(converter, ucnv_close);
  // Bad bytes become U+FFFD (ICU's default substitution for conversion to Unicode).
  UConverter* utf8 = ucnv_open("UTF-8", &status);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(utf8, ucnv_close);
  if (U_FAILURE(status)) return false;
  out.resize(bytes.size() * 3 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    out.clear();
    return false;
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return true;
}

}  // namespace rostra
