// rostra-corpus-gen: writes a deterministic benchmark corpus as JSON Lines (optionally
// zstd-compressed). See benchmarks/README.md.
#include <zstd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "corpus_generator.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: rostra-corpus-gen COUNT SEED OUTPUT(.jsonl|.jsonl.zst) [SOURCE...]\n"
                 "SOURCE: files or directories of articles to learn sentences from\n"
                 "(default: corpus/sample)\n";
    return 2;
  }
  std::uint64_t count = std::strtoull(argv[1], nullptr, 10);
  std::uint64_t seed = std::strtoull(argv[2], nullptr, 10);
  std::string output = argv[3];
  std::vector<std::filesystem::path> sources(argv + 4, argv + argc);
  if (sources.empty())
    sources.push_back(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample");
  rostra::bench::CorpusModel model = rostra::bench::learn_corpus_model(sources);
  std::cerr << "rostra-corpus-gen: learned " << model.english_sentences.size() << " English and "
            << model.russian_sentences.size() << " Russian sentences, " << model.titles.size()
            << " titles, " << model.speakers.size() << " speakers, " << model.outlets.size()
            << " outlets\n";
  std::ofstream file(output, std::ios::binary);
  if (!file) {
    std::cerr << "rostra-corpus-gen: cannot write " << output << "\n";
    return 3;
  }
  bool compress = output.size() > 4 && output.substr(output.size() - 4) == ".zst";
  if (!compress) {
    rostra::bench::generate_corpus(model, count, seed, file);
    return file ? 0 : 3;
  }
  // Generate in chunks and stream them through zstd, so memory stays bounded.
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 3);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_nbWorkers, 2);
  std::string buffer(ZSTD_CStreamOutSize(), '\0');
  const std::uint64_t chunk = 2000;
  for (std::uint64_t done = 0; done < count;) {
    std::uint64_t n = std::min(chunk, count - done);
    std::ostringstream text;
    rostra::bench::generate_corpus_range(model, done, n, seed, text);
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
        return 3;
      }
      file.write(buffer.data(), static_cast<std::streamsize>(out.pos));
      finished = mode == ZSTD_e_end ? remaining == 0 : in.pos == in.size;
    }
  }
  ZSTD_freeCCtx(cctx);
  return file ? 0 : 3;
}
