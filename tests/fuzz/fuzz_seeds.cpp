// Writes a seed corpus for the fuzz harnesses: seeded random lists packed both ways.
// Usage: fuzz_seeds DIR_NATIVE DIR_XDR [COUNT]

#include "../nvlist/random_nvlist.h"
#include "nvlist/codec.h"

#include <cstdio>
#include <fstream>
#include <string>

using namespace gzfs::nv;

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR_NATIVE DIR_XDR [COUNT]\n");
        return 2;
    }
    const int count = argc > 3 ? std::stoi(argv[3]) : 64;
    std::mt19937_64 rng(1);
    for (int i = 0; i < count; ++i) {
        NvList list = testing::random_nvlist(rng, {.max_pairs = 8, .max_depth = 2, .max_array = 6});
        for (auto [encoding, dir] : {std::pair{Encoding::Native, argv[1]}, {Encoding::Xdr, argv[2]}}) {
            auto bytes = pack(list, encoding);
            std::ofstream out(std::string(dir) + "/seed-" + std::to_string(i),
                              std::ios::binary);
            out.write(reinterpret_cast<const char*>(bytes->data()), bytes->size());
        }
    }
    return 0;
}
