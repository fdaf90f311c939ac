// What rostra-serve adds to a search: the same searches run through the library directly
// (Searcher::search with the request the API builds), through the API without HTTP
// (Api::handle: parameters, index pool, deadline, JSON) and over HTTP on loopback from one
// keep-alive client to a server in this process. The three are interleaved query by query
// (their order turning each round), so a noisy machine shifts all of them alike, and each
// path runs a query once untimed just before timing it, so each finds it as warm. Each is
// measured in wall-clock time and in the CPU time of the whole process (client and server
// threads included), which a machine busy with other work does not inflate, and in the CPU
// time of the process without the calling thread (for HTTP: the server's threads alone, the
// client being the calling thread).
// Environment: ROSTRA_BENCH_INDEX (an index directory; scripts/bench-serve.sh builds the
// 200,000-article one) and ROSTRA_BENCH_SERVE_QUERIES (one query a line).
#include <benchmark/benchmark.h>
#include <httplib.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/index/readable_index.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/search.h"
#include "common/serve/api.h"
#include "common/serve/api_request.h"
#include "common/serve/http_server.h"

namespace rostra::bench {
namespace {

using Clock = std::chrono::steady_clock;

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? "" : value;
}

std::vector<std::string> read_queries(const std::string& path) {
  std::vector<std::string> queries;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  return queries;
}

std::string url_encode(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

// The "took_ms" of a search answer: the server's own time for the index lease and the search.
double took_ms(const std::string& body) {
  const std::size_t at = body.rfind("\"took_ms\":");
  return at == std::string::npos ? 0 : std::atof(body.c_str() + at + 10);
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1));
  return values[at];
}

/// The index, the library's searcher, an Api, and an HttpServer on a free loopback port.
struct ServedBench {
  ServeOptions options;
  OutletTable outlets;
  SpeakerAliases speakers;
  ReadableIndex index;
  std::unique_ptr<Searcher> searcher;
  std::unique_ptr<Api> api;
  std::unique_ptr<HttpServer> server;
  std::thread serving;
  int port = 0;

  explicit ServedBench(const std::string& dir) {
    options.db_path = dir;
    options.outlets_path = ROSTRA_SOURCE_DIR "/corpus/outlets.tsv";
    options.speakers_path = ROSTRA_SOURCE_DIR "/corpus/speakers.tsv";
    options.port = 0;
    outlets = load_outlet_table(options.outlets_path);
    speakers = load_speaker_aliases(options.speakers_path);
    index = open_index_for_reading(dir);
    searcher = std::make_unique<Searcher>(index, &outlets, &speakers);
    searcher->set_threads(1);  // as the server's handles (IndexPool::open)
    api = std::make_unique<Api>(options);
    server = std::make_unique<HttpServer>(options);
    port = server->bind();
    serving = std::thread([this] { server->run(); });
  }
  ~ServedBench() {
    server->stop();
    serving.join();
  }
};

// The CPU time of every thread of this process (client, server and library), in ms.
double process_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The CPU time of the calling thread, in ms.
double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// One call's wall-clock time and the CPU time the process spent meanwhile: on a machine
/// shared with other work, the wall time includes waiting for a core, the CPU time does not.
/// `other_cpu_ms`: the CPU time of the threads other than the caller's (over HTTP, the
/// server's, without the client's).
struct Sample {
  double wall_ms = 0;
  double cpu_ms = 0;
  double other_cpu_ms = 0;
};

// One timed call; `call` returns false when its answer is wrong.
template <typename Call>
Sample timed(Call&& call, benchmark::State& state) {
  const double cpu = process_cpu_ms();
  const double own_cpu = thread_cpu_ms();
  const auto start = Clock::now();
  const bool ok = call();
  Sample sample;
  sample.wall_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  sample.cpu_ms = process_cpu_ms() - cpu;
  sample.other_cpu_ms = sample.cpu_ms - (thread_cpu_ms() - own_cpu);
  if (!ok) state.SkipWithError("a request failed");
  return sample;
}

void BM_ServeOverhead_Search(benchmark::State& state) {
  const std::string dir = env_or_empty("ROSTRA_BENCH_INDEX");
  const std::vector<std::string> queries = read_queries(env_or_empty("ROSTRA_BENCH_SERVE_QUERIES"));
  if (dir.empty() || queries.empty()) {
    state.SkipWithError("set ROSTRA_BENCH_INDEX and ROSTRA_BENCH_SERVE_QUERIES");
    return;
  }
  ServedBench bench(dir);
  httplib::Client client("127.0.0.1", bench.port);
  client.set_keep_alive(true);
  std::vector<double> library, api, http, added, library_cpu, api_cpu, http_cpu, added_cpu;
  std::vector<double> server_cpu, added_server_cpu, api_took, http_took;
  std::size_t round = 0;
  auto run_round = [&](bool record) {
    const std::string& q = queries[round % queries.size()];
    const ApiParams params{{"q", q}};
    const SearchRequest request = search_request(params, false, kMaxPageSize);
    const std::string path = "/api/v1/search?q=" + url_encode(q);
    Sample times[3];
    std::string api_body, http_body;
    // Each path runs the query once untimed just before its timed call, so that every timed
    // call finds the query's blocks, and its own path's buffers, as warm as the others do:
    // otherwise the first path to meet a query pays for reading it, which outweighs what
    // HTTP adds.
    for (int k = 0; k < 3; ++k) {
      const int path_k = (k + static_cast<int>(round)) % 3;
      for (int pass = 0; pass < 2; ++pass) {
        Sample sample;
        switch (path_k) {
          case 0:
            sample = timed([&] { return bench.searcher->search(request).total > 0; }, state);
            break;
          case 1:
            sample = timed(
                [&] {
                  ApiResponse answer = bench.api->handle("search", params);
                  api_body = std::move(answer.body);  // read after the timing
                  return answer.status == 200;
                },
                state);
            break;
          default:
            sample = timed(
                [&] {
                  auto res = client.Get(path.c_str());
                  if (res) http_body = std::move(res->body);
                  return res && res->status == 200;
                },
                state);
        }
        if (pass == 1) times[path_k] = sample;
      }
    }
    ++round;
    if (!record) return;
    api_took.push_back(took_ms(api_body));
    if (!http_body.empty()) http_took.push_back(took_ms(http_body));
    library.push_back(times[0].wall_ms);
    api.push_back(times[1].wall_ms);
    http.push_back(times[2].wall_ms);
    added.push_back(times[2].wall_ms - times[0].wall_ms);
    library_cpu.push_back(times[0].cpu_ms);
    api_cpu.push_back(times[1].cpu_ms);
    http_cpu.push_back(times[2].cpu_ms);
    added_cpu.push_back(times[2].cpu_ms - times[0].cpu_ms);
    server_cpu.push_back(times[2].other_cpu_ms);
    added_server_cpu.push_back(times[2].other_cpu_ms - times[0].cpu_ms);
  };
  for (std::size_t i = 0; i < queries.size(); ++i) run_round(false);  // warm every handle
  for (auto _ : state) run_round(true);
  auto& c = state.counters;
  c["library_p50_ms"] = percentile(library, 50);
  c["api_p50_ms"] = percentile(api, 50);
  c["http_p50_ms"] = percentile(http, 50);
  c["library_p99_ms"] = percentile(library, 99);
  c["http_p99_ms"] = percentile(http, 99);
  c["added_p50_ms"] = percentile(http, 50) - percentile(library, 50);
  c["added_median_paired_ms"] = percentile(added, 50);
  c["library_cpu_p50_ms"] = percentile(library_cpu, 50);
  c["api_cpu_p50_ms"] = percentile(api_cpu, 50);
  c["http_cpu_p50_ms"] = percentile(http_cpu, 50);
  c["added_cpu_median_paired_ms"] = percentile(added_cpu, 50);
  c["http_server_cpu_p50_ms"] = percentile(server_cpu, 50);
  c["added_server_cpu_median_paired_ms"] = percentile(added_server_cpu, 50);
  // The server's own time for the search (index lease and search, "took_ms"), through the
  // API here and in the server over HTTP: apart, what HTTP adds around the search.
  c["api_took_p50_ms"] = percentile(api_took, 50);
  c["http_took_p50_ms"] = percentile(http_took, 50);
  c["queries"] = static_cast<double>(queries.size());
}
BENCHMARK(BM_ServeOverhead_Search)->Unit(benchmark::kMillisecond)->Iterations(1000);

}  // namespace
}  // namespace rostra::bench
