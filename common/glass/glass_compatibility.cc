#include "common/glass/glass_compatibility.h"

#include <xapian.h>

#include <algorithm>
#include <array>

#ifndef ROSTRA_XAPIAN_BUILD_VERSION
#error "ROSTRA_XAPIAN_BUILD_VERSION must be defined by the build (common/CMakeLists.txt)"
#endif

namespace rostra {
namespace {

// Every version listed here must pass tests/glass/glass_golden_test.cc byte for byte.
constexpr std::array<std::string_view, 1> kTestedXapianVersions = {"1.4.22"};

}  // namespace

bool glass_writer_tested_with(std::string_view version) {
  return std::find(kTestedXapianVersions.begin(), kTestedXapianVersions.end(), version) !=
         kTestedXapianVersions.end();
}

std::string_view xapian_build_version() {
  return ROSTRA_XAPIAN_BUILD_VERSION;
}

std::string glass_fallback_reason() {
  if (!glass_writer_tested_with(xapian_build_version())) {
    return "Xapian " + std::string(xapian_build_version()) +
           " at build time is not a version the bulk glass writer was tested with";
  }
  const std::string runtime = Xapian::version_string();
  if (!glass_writer_tested_with(runtime)) {
    return "Xapian " + runtime +
           " at run time is not a version the bulk glass writer was tested with";
  }
  return "";
}

GlassBackend default_glass_backend() {
  static const GlassBackend backend =
      glass_fallback_reason().empty() ? GlassBackend::kOwnWriter : GlassBackend::kThroughXapian;
  return backend;
}

}  // namespace rostra
