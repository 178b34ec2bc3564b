// gzfs receive [-FdenPsuv] [-o P=V]... [-x P]... NAME (alias recv): the stream from stdin;
// gzfs receive -A NAME aborts a partial receive. gzfs never mounts: -u is always in effect.
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "output/number_format.h"
#include "zfs/receive_stream.h"

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs receive";

struct ReceiveCliArgs {
    bool force = false, resumable = false, dryrun = false, nomount = false, verbose = false;
    bool prefix = false, tail = false, abort = false;
    std::vector<std::string> set, exclude;
    OutputFlags out;
    std::vector<std::string> names;
};

out::Json stream_json(const zfs::ReceivedStream& s)
{
    return {{"stream", s.stream},
            {"snapshot", s.snapshot},
            {"type", s.resuming ? "resumed" : s.incremental ? "incremental" : "full"},
            {"skipped", s.skipped},
            {"bytes", s.bytes},
            {"elapsed", s.elapsed}};
}

void run(const ReceiveCliArgs& a)
{
    const bool json = a.out.json;
    if (a.names.empty())
        return usage_error(kCommand, "missing snapshot argument", json);
    if (a.names.size() > 1)
        return usage_error(kCommand, "too many arguments", json);
    const std::string& target = a.names[0];
    if (a.abort) {
        if (a.prefix || a.tail || a.dryrun || a.resumable)
            return usage_error(kCommand, "invalid option combined with -A", json);
        auto client = open_client(kCommand, json);
        if (!client)
            return;
        if (auto s = zfs::abort_receive(*client, target); !s)
            return report_error(kCommand, s.error(), json);
        return print_result(kCommand, a.out, {{"aborted", target}});
    }
    zfs::ReceiveOptions o;
    o.target = target;
    o.fd = STDIN_FILENO;
    o.force = a.force;
    o.resumable = a.resumable;
    o.dryrun = a.dryrun;
    o.prefix = a.prefix || a.tail;
    o.tail = a.tail;
    o.exclude = a.exclude;
    std::vector<zfs::PropertyAssignment> set;
    if (!split_assignments(kCommand, a.set, set, json))
        return;
    for (auto& p : set) {
        if (p.property == "origin")
            o.origin = p.value;
        else
            o.set.push_back(p);
    }
    if (isatty(STDIN_FILENO))
        return report_error(kCommand,
                            make_error("Error: Backup stream can not be read from a terminal; "
                                       "you must redirect standard input.",
                                       ENOTTY),
                            json);
    // Counting costs a copy through a pipe: only for JSON progress.
    o.count = json && a.verbose && !a.dryrun;

    zfs::ReceiveObserver observer;
    observer.on_warning = [](const std::string& w) { std::fprintf(stderr, "%s\n", w.c_str()); };
    if (a.verbose && !json) {
        observer.on_begin = [&](const zfs::ReceivedStream& s) {
            std::printf("%s %s stream of %s into %s\n", a.dryrun ? "would receive" : "receiving",
                        s.incremental ? "incremental" : "full", s.stream.c_str(),
                        s.snapshot.c_str());
            std::fflush(stdout);
        };
        observer.on_done = [&](const zfs::ReceivedStream& s) {
            if (s.skipped) {
                std::printf("snap %s already exists; ignoring\n", s.snapshot.c_str());
            } else if (!a.dryrun) {
                // zfs counts whole seconds, at least one.
                const uint64_t secs = std::max<uint64_t>(1, static_cast<uint64_t>(s.elapsed));
                std::printf("received %s stream in %llu seconds (%s/sec)\n",
                            out::nicebytes(s.bytes).c_str(), static_cast<unsigned long long>(secs),
                            out::nicebytes(s.bytes / secs).c_str());
            }
            std::fflush(stdout);
        };
    }
    if (a.verbose && json)
        observer.on_progress = [&](const zfs::ReceivedStream& s, uint64_t bytes, double elapsed) {
            out::Json doc = out::envelope(kCommand);
            doc["progress"] = {{"snapshot", s.snapshot},
                               {"bytes", bytes},
                               {"estimate", nullptr},
                               {"rate", elapsed > 0 ? static_cast<uint64_t>(bytes / elapsed) : 0},
                               {"elapsed", elapsed}};
            print(out::dump_line(doc));
            std::fflush(stdout);
        };

    auto client = open_client(kCommand, json);
    if (!client)
        return;
    auto r = zfs::receive_stream(*client, o, observer);
    if (!r)
        return report_error(kCommand, r.error(), json);
    out::Json streams = out::Json::array();
    for (const auto& s : r->streams)
        streams.push_back(stream_json(s));
    out::Json payload = {{"snapshots", streams},
                         {"bytes", r->bytes},
                         {"elapsed", r->elapsed},
                         {"rate", r->elapsed > 0 ? static_cast<uint64_t>(r->bytes / r->elapsed)
                                                 : r->bytes}};
    if (a.dryrun)
        payload["dryrun"] = true;
    print_result(kCommand, a.out, {{"receive", payload}});
}

} // namespace

void register_receive(CLI::App& app)
{
    auto a = std::make_shared<ReceiveCliArgs>();
    for (const char* name : {"receive", "recv"}) {
        CLI::App* cmd = app.add_subcommand(name, "create a snapshot from a stream on stdin");
        cmd->add_flag("-F", a->force, "roll back, or overwrite with a full stream");
        cmd->add_flag("-s", a->resumable, "keep partial state if the stream breaks");
        cmd->add_flag("-n", a->dryrun, "read the stream, receive nothing");
        cmd->add_flag("-u", a->nomount, "do not mount (always so in gzfs)");
        cmd->add_flag("-v", a->verbose, "print what is received");
        cmd->add_flag("-d", a->prefix, "append the sent name but the pool to NAME");
        cmd->add_flag("-e", a->tail, "append the sent name's last element to NAME");
        cmd->add_flag("-A", a->abort, "abort a partial resumable receive into NAME");
        cmd->add_option("-o", a->set, "PROP=VALUE (origin=SNAP: receive as a clone)")
            ->allow_extra_args(false);
        cmd->add_option("-x", a->exclude, "PROP: do not take the received value")
            ->allow_extra_args(false);
        add_json_flags(cmd, a->out);
        cmd->add_option("name", a->names, "NAME");
        cmd->callback([a] { run(*a); });
    }
}

} // namespace gzfs::cli
