#include "trace/render_json.h"
#include "trace/render_text.h"
#include "trace/summary.h"

#include <catch2/catch.hpp>

using namespace gzfs;
using namespace gzfs::trace;

namespace {

TraceCall snapshot_call()
{
    TraceCall call;
    call.tid = call.tgid = 4242;
    call.request = 0x5a23;
    call.ioctl = "SNAPSHOT";
    call.fields = {{"zc_name", "tank"}};
    nv::NvList snaps;
    snaps.add_boolean("tank@a");
    nv::NvList src;
    src.add_nvlist("snaps", snaps);
    call.src = ShownNvlist{96, src, ""};
    call.finished = true;
    call.changed = {{"zc_nvlist_dst_filled", 1}};
    call.dst = ShownNvlist{16, nv::NvList(), ""};
    call.duration = std::chrono::microseconds(512);
    return call;
}

} // namespace

TEST_CASE("text: one block per call, strace-like")
{
    CHECK(render_text(snapshot_call()) ==
          "[pid 4242] SNAPSHOT(zc_name=\"tank\") = 0 <0.000512s>\n"
          "    src: {\"snaps\":{\"tank@a\":true}}\n"
          "    changed: zc_nvlist_dst_filled=1\n"
          "    dst: {}\n");
}

TEST_CASE("text: failures by name, unfinished calls, undecodable nvlists")
{
    TraceCall call = snapshot_call();
    call.rval = -17;
    call.error = 17;
    call.error_name = "EEXIST";
    call.dst.reset();
    call.changed.clear();
    call.src = ShownNvlist{8, std::nullopt, "cannot unpack nvlist: truncated"};
    CHECK(render_text(call) == "[pid 4242] SNAPSHOT(zc_name=\"tank\") = -1 EEXIST <0.000512s>\n"
                               "    src: <cannot unpack nvlist: truncated>\n");
    call.finished = false;
    CHECK(render_text(call).rfind("[pid 4242] SNAPSHOT(zc_name=\"tank\") = ? <unfinished>\n", 0) ==
          0);
}

TEST_CASE("json: one object per call")
{
    auto j = call_to_json(snapshot_call());
    CHECK(j["ioctl"] == "SNAPSHOT");
    CHECK(j["pid"] == 4242);
    CHECK(j["fields"]["zc_name"] == "tank");
    CHECK(j["src"]["snaps"]["tank@a"] == true);
    CHECK(j["result"] == 0);
    CHECK(j["error"].is_null());
    CHECK(j["dst"].is_object());
    CHECK(j["duration_us"] == Approx(512));
    CHECK(j.dump().find('\n') == std::string::npos);
}

TEST_CASE("summary: counts, errors and time per ioctl, busiest first")
{
    Summary summary;
    TraceCall a = snapshot_call();
    TraceCall b = a;
    b.ioctl = "DATASET_LIST_NEXT";
    b.error = 3;
    b.duration = std::chrono::microseconds(100);
    summary.add(a);
    summary.add(b);
    summary.add(b);
    std::string table = summary.render();
    CHECK(table.find("IOCTL") == 0);
    auto snap = table.find("SNAPSHOT");
    auto list = table.find("DATASET_LIST_NEXT");
    CHECK(snap < list);
    CHECK(table.find("DATASET_LIST_NEXT         2         2    0.000200       100.0") !=
          std::string::npos);
    CHECK(table.find("total") != std::string::npos);
}
