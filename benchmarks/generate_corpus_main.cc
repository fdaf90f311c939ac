// rostra-corpus-gen: writes a deterministic benchmark corpus as JSON Lines (optionally
// zstd-compressed): generated articles (sentences of real text recombined), or with --real
// the real articles of the sources replicated with distinct ids. See benchmarks/README.md.
#include <zstd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>

#include "corpus_generator.h"
#include "real_corpus.h"

namespace {

// Writes articles [first, first + count) of a corpus to a stream.
using RangeWriter = std::function<void(std::uint64_t, std::uint64_t, std::ostream&)>;

// Streams `count` articles through zstd into `file` in chunks, so memory stays bounded.
bool write_compressed(std::ofstream& file, std::uint64_t count, const RangeWriter& write_range) {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 3);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 2);
  std::string buffer(ZSTD_CStreamOutSize(), '\0');
  const std::uint64_t chunk = 2000;
  bool ok = true;
  for (std::uint64_t done = 0; ok && done < count;) {
    std::uint64_t n = std::min(chunk, count - done);
    std::ostringstream text;
    write_range(done, n, text);
    std::string data = text.str();
    done += n;
    ZSTD_inBuffer in{data.data(), data.size(), 0};
    ZSTD_EndDirective mode = done == count ? ZSTD_e_end : ZSTD_e_continue;
    bool finished = false;
    while (!finished) {
      ZSTD_outBuffer out{buffer.data(), buffer.size(), 0};
      std::size_t remaining = ZSTD_compressStream2(cctx, &out, &in, mode);
      if (ZSTD_isError(remaining)) {
        std::cerr << "rostra-corpus-gen: zstd: " << ZSTD_getErrorName(remaining) << "\n";
        ok = false;
        break;
      }
      file.write(buffer.data(), static_cast<std::streamsize>(out.pos));
      finished = mode == ZSTD_e_end ? remaining == 0 : in.pos == in.size;
    }
  }
  ZSTD_freeCCtx(cctx);
  return ok && file;
}

// Writes the corpus to `output`: zstd-compressed when the name ends in .zst.
int write_corpus(const std::string& output, std::uint64_t count, const RangeWriter& write_range) {
  std::ofstream file(output, std::ios::binary);
  if (!file) {
    std::cerr << "rostra-corpus-gen: cannot write " << output << "\n";
    return 3;
  }
  bool compress = output.size() > 4 && output.substr(output.size() - 4) == ".zst";
  if (!compress) {
    write_range(0, count, file);
    return file ? 0 : 3;
  }
  return write_compressed(file, count, write_range) ? 0 : 3;
}

int generated(std::uint64_t count, std::uint64_t seed, const std::string& output,
              std::vector<std::filesystem::path> sources) {
  if (sources.empty())
    sources.push_back(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample");
  rostra::bench::CorpusModel model = rostra::bench::learn_corpus_model(sources);
  std::cerr << "rostra-corpus-gen: learned " << model.english_sentences.size() << " English and "
            << model.russian_sentences.size() << " Russian sentences, " << model.titles.size()
            << " titles, " << model.speakers.size() << " speakers, " << model.outlets.size()
            << " outlets\n";
  return write_corpus(output, count, [&](std::uint64_t first, std::uint64_t n, std::ostream& out) {
    rostra::bench::generate_corpus_range(model, first, n, seed, out);
  });
}

int real(std::uint64_t count, const std::string& output,
         const std::vector<std::filesystem::path>& sources) {
  std::vector<rostra::Article> base = rostra::bench::load_real_articles(sources);
  std::cerr << "rostra-corpus-gen: " << base.size() << " real articles, replicated to " << count
            << "\n";
  return write_corpus(output, count, [&](std::uint64_t first, std::uint64_t n, std::ostream& out) {
    rostra::bench::write_real_range(base, first, n, out);
  });
}

}  // namespace

int main(int argc, char** argv) {
  bool real_mode = argc > 1 && std::strcmp(argv[1], "--real") == 0;
  if ((real_mode && argc < 5) || (!real_mode && argc < 4)) {
    std::cerr << "usage: rostra-corpus-gen COUNT SEED OUTPUT(.jsonl|.jsonl.zst) [SOURCE...]\n"
                 "       rostra-corpus-gen --real COUNT OUTPUT(.jsonl|.jsonl.zst) SOURCE...\n"
                 "SOURCE: files or directories of articles (default: corpus/sample) to learn\n"
                 "sentences from; with --real, whose articles are written, replicated with\n"
                 "distinct ids (#r2, #r3, ...) to COUNT\n";
    return 2;
  }
  try {
    if (real_mode) {
      return real(std::strtoull(argv[2], nullptr, 10), argv[3],
                  std::vector<std::filesystem::path>(argv + 4, argv + argc));
    }
    return generated(std::strtoull(argv[1], nullptr, 10), std::strtoull(argv[2], nullptr, 10),
                     argv[3], std::vector<std::filesystem::path>(argv + 4, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "rostra-corpus-gen: " << e.what() << "\n";
    return 3;
  }
}
