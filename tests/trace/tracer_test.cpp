// The ptrace machinery end to end on the host: ioctl_dummy's ZFS-numbered ioctls on /dev/null,
// with the tracer told to take /dev/null for /dev/zfs.
#include "trace/trace_session.h"

#include "test_helpers.h"

#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

using namespace gzfs::trace;
using gzfs::trace::testing::dummy_path;
using gzfs::trace::testing::null_is_zfs;

namespace {

TraceOptions options_for(std::vector<std::string> command)
{
    TraceOptions options;
    options.command = std::move(command);
    options.version_file = "/nonexistent/zfs/version"; // no module here: newest layout
    options.fd_reader = null_is_zfs;
    return options;
}

std::vector<TraceCall> trace(const TraceOptions& options, int& status)
{
    std::vector<TraceCall> calls;
    auto r = run_trace(options, [&](const TraceCall& c) { calls.push_back(c); });
    if (!r.ok())
        FAIL_CHECK(r.error().message);
    REQUIRE(r.ok());
    status = *r;
    return calls;
}

std::string zc_name(const TraceCall& call)
{
    for (const auto& f : call.fields)
        if (f.name == "zc_name")
            return f.value.get<std::string>();
    return "";
}

} // namespace

TEST_CASE("tracer: a ZFS ioctl is decoded, other ioctls ignored, exit status passed on")
{
    int status = -1;
    auto calls = trace(options_for({dummy_path(), "calls", "3"}), status);
    CHECK(status == 3);
    REQUIRE(calls.size() == 1);
    const TraceCall& call = calls[0];
    CHECK(call.ioctl == "OBJSET_STATS");
    CHECK(zc_name(call) == "tank/fs");
    CHECK(call.finished);
    CHECK(call.error_name == "ENOTTY");
    REQUIRE(call.src);
    REQUIRE(call.src->list);
    CHECK(call.src->list->get<uint64_t>("a").value() == 1);
    CHECK(call.changed.empty());
    CHECK(call.duration.count() > 0);
}

TEST_CASE("tracer: without -f only the command's own calls, with -f its children's too")
{
    int status = -1;
    auto calls = trace(options_for({dummy_path(), "fork"}), status);
    CHECK(status == 0);
    REQUIRE(calls.size() == 1);
    CHECK(zc_name(calls[0]) == "parent");

    auto options = options_for({dummy_path(), "fork"});
    options.follow = true;
    calls = trace(options, status);
    REQUIRE(calls.size() == 2);
    CHECK(zc_name(calls[0]) == "child");
    CHECK(zc_name(calls[1]) == "parent");
    CHECK(calls[0].tgid != calls[1].tgid);
}

TEST_CASE("tracer: threads of the command are traced")
{
    int status = -1;
    auto calls = trace(options_for({dummy_path(), "thread"}), status);
    REQUIRE(calls.size() == 1);
    CHECK(zc_name(calls[0]) == "thread");
    CHECK(calls[0].tid != calls[0].tgid);
}

TEST_CASE("tracer: -e keeps only the named ioctls")
{
    auto options = options_for({dummy_path(), "calls"});
    options.only = {0x5a23};
    int status = -1;
    CHECK(trace(options, status).empty());
}

TEST_CASE("tracer: a command that does not exist is one clear error")
{
    auto r = run_trace(options_for({"no-such-command-gztrace"}), [](const TraceCall&) {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "cannot run 'no-such-command-gztrace': command not found");
    auto r2 = run_trace(options_for({"/etc/passwd"}), [](const TraceCall&) {});
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().message == "cannot run '/etc/passwd': Permission denied");
}

TEST_CASE("tracer: -p attaches to a running process until it exits")
{
    pid_t pid = fork();
    if (pid == 0) {
        execl(dummy_path().c_str(), "ioctl_dummy", "loop", "25", nullptr);
        _exit(127);
    }
    usleep(100000);
    TraceOptions options;
    options.attach_pid = pid;
    options.version_file = "/nonexistent/zfs/version";
    options.fd_reader = null_is_zfs;
    std::vector<TraceCall> calls;
    // The process is our child, so run_trace cannot reap it; it still sees it exit.
    auto r = run_trace(options, [&](const TraceCall& c) { calls.push_back(c); });
    REQUIRE(r.ok());
    CHECK(*r == 0);
    CHECK(calls.size() >= 5);
    if (!calls.empty())
        CHECK(zc_name(calls[0]) == "loop");
    int status;
    waitpid(pid, &status, 0);
}

TEST_CASE("tracer: -p of a process that does not exist")
{
    TraceOptions options;
    options.attach_pid = 999999999;
    auto r = run_trace(options, [](const TraceCall&) {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "cannot attach to process 999999999: no such process");
}
