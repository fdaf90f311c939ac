// Fuzzes the CSV reader: bytes -> read_csv -> resolve_metadata for every article.
// read_csv must not throw (an in-memory source never reports StreamDamage), and every
// article it delivers must keep the Article and resolve_metadata promises.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/input/csv_reader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rostra::OutletTable outlets;
  rostra::fuzz::MemorySource source(std::string_view(reinterpret_cast<const char*>(data), size));
  rostra::read_csv(source, "fuzz.csv", rostra::fuzz::resolving_sink(outlets));
  return 0;
}
