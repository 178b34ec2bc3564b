// Packs and unpacks the same nvlists with gzfs and with the real libnvpair, and prints the
// throughput of each and the ratio gzfs/libnvpair (higher is better for gzfs).
// Run through scripts/bench/nvlist. Lists:
//   props   10,000 mixed properties, shaped like a dataset property nvlist
//   config  a pool config with 100 leaf vdevs, each with uint64 stat arrays

#include "../../tests/nvlist/libnvpair_bridge.h"
#include "nvlist/codec.h"

#include <ctime>
#include <cstdio>
#include <functional>
#include <string>

using namespace gzfs::nv;
using namespace gzfs::nv::oracle;

namespace {

NvList props_list()
{
    NvList list;
    for (int i = 0; i < 10000; ++i) {
        std::string name = "prop_" + std::to_string(i);
        switch (i % 10) {
        case 0: case 1: case 2: case 3:
            list.add_uint64(name, uint64_t(i) * 4096);
            break;
        case 4: case 5:
            list.add_string(name, "tank/home/user" + std::to_string(i));
            break;
        case 6: case 7: {
            NvList prop;
            prop.add_uint64("value", i).add_string("source", "tank/home");
            list.add_nvlist(name, std::move(prop));
            break;
        }
        case 8:
            list.add_boolean_value(name, i % 3 == 0);
            break;
        default:
            list.add_uint64_array(name, {1, 2, 3, uint64_t(i)});
        }
    }
    return list;
}

NvList vdev(int id)
{
    std::vector<uint64_t> stats(40), extended(60);
    for (size_t k = 0; k < stats.size(); ++k)
        stats[k] = k * 1000 + id;
    for (size_t k = 0; k < extended.size(); ++k)
        extended[k] = k * 77 + id;
    NvList v;
    v.add_string("type", "disk")
        .add_uint64("id", id)
        .add_uint64("guid", 0x9e3779b97f4a7c15ull * (id + 1))
        .add_string("path", "/dev/disk/by-id/ata-WDC_WD40EFRX-68N32N0_WD-WCC7K" +
                                std::to_string(100000 + id) + "-part1")
        .add_string("devid", "ata-WDC_WD40EFRX-68N32N0_WD-WCC7K" + std::to_string(id) + "-part1")
        .add_string("phys_path", "pci-0000:00:1f.2-ata-" + std::to_string(id) + ".0")
        .add_uint64("whole_disk", 1)
        .add_uint64("metaslab_array", 256 + id)
        .add_uint64("metaslab_shift", 34)
        .add_uint64("ashift", 12)
        .add_uint64("asize", 4000771997696)
        .add_uint64("is_log", 0)
        .add_uint64("DTL", 1000 + id)
        .add_uint64("create_txg", 4)
        .add_uint64_array("vdev_stats", stats)
        .add_uint64_array("vdev_stats_ex", extended);
    return v;
}

NvList config_list()
{
    std::vector<NvList> children;
    for (int i = 0; i < 100; ++i)
        children.push_back(vdev(i));
    NvList tree;
    tree.add_string("type", "root")
        .add_uint64("id", 0)
        .add_uint64("guid", 1234567890123)
        .add_nvlist_array("children", std::move(children))
        .add_uint64_array("vdev_stats", std::vector<uint64_t>(40, 7));
    NvList features;
    features.add_boolean("com.delphix:hole_birth").add_boolean("com.delphix:embedded_data");
    NvList config;
    config.add_uint64("version", 5000)
        .add_string("name", "tank")
        .add_uint64("state", 0)
        .add_uint64("txg", 123456)
        .add_uint64("pool_guid", 987654321987)
        .add_uint64("errata", 0)
        .add_uint64("hostid", 0x12345678)
        .add_string("hostname", "storage-01")
        .add_uint64("vdev_children", 1)
        .add_nvlist("vdev_tree", std::move(tree))
        .add_nvlist("features_for_read", std::move(features));
    return config;
}

// CPU time of this thread: the machine may be busy with other work (builds, VMs), and wall
// time would charge their share to whichever side happened to run then.
double cpu_seconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Seconds per call of `fn`: the best of 7 rounds of enough calls to take ~20 ms each.
double seconds_per_call(const std::function<void()>& fn)
{
    int calls = 1;
    for (;;) {
        const double start = cpu_seconds();
        for (int i = 0; i < calls; ++i)
            fn();
        if (cpu_seconds() - start > 0.02)
            break;
        calls *= 2;
    }
    double best = 1e9;
    for (int round = 0; round < 7; ++round) {
        const double start = cpu_seconds();
        for (int i = 0; i < calls; ++i)
            fn();
        best = std::min(best, (cpu_seconds() - start) / calls);
    }
    return best;
}

volatile size_t sink;
std::string only; // run only "list operation" lines containing this (for profiling)

bool wanted(const char* list, const char* what)
{
    return (std::string(list) + " " + what).find(only) != std::string::npos;
}

void report(const char* list, const char* what, size_t bytes, double ours, double theirs)
{
    auto mbs = [&](double s) { return bytes / s / 1e6; };
    std::printf("%-7s %-13s %8.0f MB/s %9.0f MB/s %7.2fx\n", list, what, mbs(ours), mbs(theirs),
                theirs / ours);
}

void bench(const char* name, NvList (*make)())
{
    const bool names_a_list = only.find("props") != std::string::npos ||
                              only.find("config") != std::string::npos;
    if (names_a_list && only.find(name) == std::string::npos)
        return;
    const NvList list = make();
    LibList lib = to_lib(list);
    for (Encoding encoding : {Encoding::Native, Encoding::Xdr}) {
        const bool xdr = encoding == Encoding::Xdr;
        const auto bytes = *pack(list, encoding);
        if (bytes != *lib_pack(lib.get(), encoding)) {
            std::fprintf(stderr, "%s: gzfs and libnvpair disagree\n", name);
            std::exit(1);
        }
        const char* packing = xdr ? "pack xdr" : "pack native";
        if (wanted(name, packing)) {
            double ours = seconds_per_call([&] { sink = pack(list, encoding)->size(); });
            double theirs = seconds_per_call([&] { sink = lib_pack(lib.get(), encoding)->size(); });
            report(name, packing, bytes.size(), ours, theirs);
        }
        const char* unpacking = xdr ? "unpack xdr" : "unpack native";
        if (wanted(name, unpacking)) {
            double ours = seconds_per_call([&] { sink = unpack(bytes)->size(); });
            double theirs = seconds_per_call([&] { sink = bool(lib_unpack(bytes)->get()); });
            report(name, unpacking, bytes.size(), ours, theirs);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1)
        only = argv[1];
    std::printf("%-7s %-13s %13s %14s %8s\n", "list", "operation", "gzfs", "libnvpair",
                "ratio");
    bench("props", props_list);
    bench("config", config_list);
    return 0;
}
