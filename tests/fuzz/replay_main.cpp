// The CI run of a fuzz target without libFuzzer: every file of the seed corpus, then deterministic
// mutations of them (same inputs on every run, so a failure reproduces). A crash or failed check
// aborts the process; the input is first saved as crash-<target>.bin in the working directory.
//   fuzz_X [--mutations N] [FILE|DIR ...]   (default: the committed corpus, 20000 mutations)

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using Input = std::vector<uint8_t>;
namespace fs = std::filesystem;

const Input* g_current = nullptr;

void saveCurrent(int) {
    if (g_current) {
        std::ofstream out("crash-" DBSS_FUZZ_NAME ".bin", std::ios::binary);
        out.write(reinterpret_cast<const char*>(g_current->data()), std::streamsize(g_current->size()));
        std::fprintf(stderr, "fuzz_" DBSS_FUZZ_NAME ": input saved as crash-" DBSS_FUZZ_NAME ".bin\n");
    }
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
}

Input readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Input(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void collect(const fs::path& path, std::vector<Input>* inputs) {
    if (fs::is_directory(path)) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(path))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end()); // stable order: the same mutations every run
        for (const auto& f : files)
            inputs->push_back(readFile(f));
    } else {
        inputs->push_back(readFile(path));
    }
}

// Byte flips, inserts of interesting bytes, deletions, duplicated chunks and splices.
Input mutate(const std::vector<Input>& corpus, std::mt19937& rng) {
    Input in = corpus[rng() % corpus.size()];
    const int steps = 1 + int(rng() % 4);
    static const uint8_t interesting[] = {0,    1,   0x7f, 0x80, 0xff, '"',  ',', '\r', '\n',
                                          '\\', '{', '}',  '[',  ']',  ':',  '%', '/',  '?',
                                          '&',  '=', '<',  '>',  0x1f, 0xc3, 0xe2};
    for (int s = 0; s < steps; ++s) {
        const size_t at = in.empty() ? 0 : rng() % (in.size() + 1);
        switch (rng() % 6) {
        case 0:
            if (at < in.size())
                in[at] ^= uint8_t(1u << (rng() % 8));
            break;
        case 1:
            in.insert(in.begin() + long(at), interesting[rng() % sizeof interesting]);
            break;
        case 2:
            if (at < in.size())
                in.erase(in.begin() + long(at), in.begin() + long(std::min(in.size(), at + 1 + rng() % 8)));
            break;
        case 3:
            if (at < in.size()) {
                const size_t len = std::min<size_t>(in.size() - at, 1 + rng() % 32);
                const Input chunk(in.begin() + long(at), in.begin() + long(at + len));
                in.insert(in.begin() + long(at), chunk.begin(), chunk.end());
            }
            break;
        case 4: {
            const Input& other = corpus[rng() % corpus.size()];
            const size_t from = other.empty() ? 0 : rng() % other.size();
            in.resize(at);
            in.insert(in.end(), other.begin() + long(from), other.end());
            break;
        }
        default:
            if (at < in.size())
                in[at] = interesting[rng() % sizeof interesting];
            break;
        }
    }
    if (in.size() > 64 * 1024)
        in.resize(64 * 1024);
    return in;
}

} // namespace

int main(int argc, char** argv) {
    long mutations = 20000;
    std::vector<Input> corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc)
            mutations = std::atol(argv[++i]);
        else
            collect(argv[i], &corpus);
    }
    if (corpus.empty())
        collect(DBSS_FUZZ_CORPUS, &corpus);
    if (corpus.empty()) {
        std::fprintf(stderr, "no inputs (corpus %s is empty)\n", DBSS_FUZZ_CORPUS);
        return 1;
    }
    std::signal(SIGABRT, saveCurrent);
    std::signal(SIGSEGV, saveCurrent);
    for (const Input& in : corpus) {
        g_current = &in;
        LLVMFuzzerTestOneInput(in.data(), in.size());
    }
    std::mt19937 rng(20240101u);
    for (long n = 0; n < mutations; ++n) {
        const Input in = mutate(corpus, rng);
        g_current = &in;
        LLVMFuzzerTestOneInput(in.data(), in.size());
    }
    g_current = nullptr;
    std::printf("fuzz_%s: %zu corpus inputs and %ld mutations passed\n", DBSS_FUZZ_NAME, corpus.size(),
                mutations);
    return 0;
}
