// gzfs send [-DLPRbcehnpsvw] [-i|-I FROM] SNAP, gzfs send [-Penv] -t TOKEN: the stream goes
// to stdout; estimates, progress and the JSON summary go to stderr (stdout with -n).
#include "cli.h"
#include "commands.h"

#include "output/json_output.h"
#include "output/number_format.h"
#include "zfs/send_stream.h"

#include <atomic>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace gzfs::cli {

namespace {

constexpr const char* kCommand = "zfs send";

struct SendCliArgs {
    bool dedup = false, large_block = false, parsable = false, replicate = false;
    bool backup = false, compressed = false, embed = false, holds = false, dryrun = false;
    bool props = false, skip_missing = false, raw = false;
    int verbose = 0;
    std::string incremental, intermediates, token;
    OutputFlags out;
    std::vector<std::string> names;
};

// How libzfs names the incremental source in its messages: the short name for snapshots of
// the same filesystem ("@a"), the full name otherwise (bookmarks, origins, resumed sends).
std::string from_label(const zfs::SendStep& s, bool full)
{
    if (s.from.empty())
        return "";
    const std::string fs = s.snapshot.substr(0, s.snapshot.find('@'));
    if (!full && s.from.rfind(fs + "@", 0) == 0)
        return s.from.substr(fs.size() + 1);
    return s.from;
}

void print_estimates(FILE* f, const zfs::SendPlan& plan, bool parsable, bool one_stream)
{
    for (const zfs::SendStep& s : plan.steps) {
        if (!s.estimate && !parsable)
            continue;
        const std::string from = from_label(s, one_stream);
        const uint64_t size = s.estimate.value_or(0);
        if (parsable) {
            if (from.empty())
                std::fprintf(f, "full\t%s\t%llu\n", s.snapshot.c_str(),
                             static_cast<unsigned long long>(size));
            else
                std::fprintf(f, "incremental\t%s\t%s\t%llu\n", from.c_str(), s.snapshot.c_str(),
                             static_cast<unsigned long long>(size));
            continue;
        }
        std::string line = from.empty() ? "full send of " + s.snapshot
                           : from.find_first_of("@#") == std::string::npos
                               ? "send from @" + from + " to " + s.snapshot
                               : "send from " + from + " to " + s.snapshot;
        if (size)
            line += " estimated size is " + out::nicebytes(size);
        std::fprintf(f, "%s\n", line.c_str());
    }
    const uint64_t total = plan.estimate().value_or(0);
    if (parsable)
        std::fprintf(f, "size\t%llu\n", static_cast<unsigned long long>(total));
    else
        std::fprintf(f, "total estimated size is %s\n",
                     (one_stream ? out::nicenum(total) : out::nicebytes(total)).c_str());
    std::fflush(f);
}

out::Json opt(const std::optional<uint64_t>& v)
{
    return v ? out::Json(*v) : out::Json(nullptr);
}

out::Json summary(const zfs::SendPlan& plan, const zfs::SendReport* report)
{
    out::Json steps = out::Json::array();
    for (const zfs::SendStep& s : plan.steps) {
        out::Json j = {{"snapshot", s.snapshot},
                       {"from", s.from.empty() ? out::Json(nullptr) : out::Json(s.from)},
                       {"estimate", opt(s.estimate)}};
        if (report)
            j["bytes"] = s.bytes;
        steps.push_back(j);
    }
    out::Json j = {{"snapshots", steps}, {"estimate", opt(plan.estimate())}};
    if (plan.token)
        j["resumed_from_bytes"] = plan.token->bytes;
    if (report) {
        j["bytes"] = report->bytes;
        j["elapsed"] = report->elapsed;
        j["rate"] = report->elapsed > 0 ? static_cast<uint64_t>(report->bytes / report->elapsed)
                                        : report->bytes;
    } else {
        j["dryrun"] = true;
    }
    return j;
}

void emit(FILE* f, const std::string& key, const out::Json& payload)
{
    out::Json doc = out::envelope(kCommand);
    doc[key] = payload;
    std::fputs(out::dump_line(doc).c_str(), f);
    std::fflush(f);
}

std::string clock_now()
{
    char buf[16];
    std::time_t t = std::time(nullptr);
    std::strftime(buf, sizeof buf, "%H:%M:%S", std::localtime(&t));
    return buf;
}

void run(const SendCliArgs& a)
{
    const bool json = a.out.json;
    if (!a.incremental.empty() && !a.intermediates.empty())
        return usage_error(kCommand, "-i and -I are mutually exclusive", json);
    const std::string from = a.intermediates.empty() ? a.incremental : a.intermediates;
    if (!a.token.empty()) {
        if (!from.empty() || a.replicate || a.props || a.dedup)
            return usage_error(kCommand, "invalid flags combined with -t", json);
        if (!a.names.empty())
            return usage_error(kCommand, "no additional arguments are permitted with -t", json);
    } else if (a.names.empty()) {
        return usage_error(kCommand, "missing snapshot argument", json);
    } else if (a.names.size() > 1) {
        return usage_error(kCommand, "too many arguments", json);
    }
    if (!a.dryrun && isatty(STDOUT_FILENO))
        return report_error(kCommand,
                            make_error("Error: Stream can not be written to a terminal; you "
                                       "must redirect standard output.",
                                       ENOTTY),
                            json);
    if (!from.empty() && from.find_first_of("@#") == std::string::npos)
        std::fputs("Warning: incremental source didn't specify type, assuming snapshot. Use '@' "
                   "or '#' prefix to avoid ambiguity.\n",
                   stderr);
    if (a.dedup)
        std::fputs("WARNING: deduplicated send is no longer supported; a regular, "
                   "non-deduplicated stream will be generated.\n",
                   stderr);

    zfs::SendOptions o;
    if (!a.names.empty())
        o.snapshot = a.names[0];
    o.from = from;
    o.intermediates = !a.intermediates.empty();
    o.replicate = a.replicate;
    o.props = a.props;
    o.backup = a.backup;
    o.holds = a.holds;
    o.skip_missing = a.skip_missing;
    o.flags.large_block = a.large_block;
    o.flags.embed_data = a.embed;
    o.flags.compress = a.compressed;
    o.flags.raw = a.raw;
    o.resume_token = a.token;
    const bool verbose = a.verbose > 0 || a.parsable;
    o.estimate = verbose || json;

    auto client = open_client(kCommand, json);
    if (!client)
        return;
    auto plan = zfs::plan_send(*client, o);
    if (!plan)
        return report_error(kCommand, plan.error(), json);
    FILE* info = a.dryrun ? stdout : stderr;
    for (const auto& w : plan->warnings)
        std::fprintf(stderr, "WARNING: %s\n", w.c_str());
    // Everything but -R and -I is one stream, printed as libzfs zfs_send_one does.
    const bool one_stream = !o.replicate && !o.intermediates;
    if (verbose && !json)
        print_estimates(info, *plan, a.parsable, one_stream);
    if (a.dryrun) {
        if (json)
            print_result(kCommand, a.out, {{"send", summary(*plan, nullptr)}});
        return;
    }

    zfs::SendObserver observer;
    // Written before each stream, read by the progress thread.
    std::atomic<uint64_t> step_start{0};
    std::atomic<bool> header_printed{false};
    observer.on_step = [&](const zfs::SendStep&, uint64_t bytes) {
        step_start = bytes;
        header_printed = false;
    };
    if (verbose) {
        const auto total = plan->estimate();
        observer.on_progress = [&, total](const zfs::SendStep& s, uint64_t bytes,
                                          double elapsed) {
            if (json) {
                emit(stderr, "progress",
                     {{"snapshot", s.snapshot},
                      {"bytes", bytes},
                      {"estimate", opt(total)},
                      {"rate", elapsed > 0 ? static_cast<uint64_t>(bytes / elapsed) : 0},
                      {"elapsed", elapsed}});
                return;
            }
            // zfs prints the bytes of the current stream, as its kernel counter has them.
            const uint64_t mine = bytes - step_start;
            if (a.parsable) {
                std::fprintf(stderr, "%s\t%llu\t%s\n", clock_now().c_str(),
                             static_cast<unsigned long long>(mine), s.snapshot.c_str());
                return;
            }
            if (!header_printed)
                std::fprintf(stderr, "TIME        SENT   SNAPSHOT %s\n", s.snapshot.c_str());
            header_printed = true;
            std::fprintf(stderr, "%s   %5s   %s\n", clock_now().c_str(),
                         out::nicebytes(mine).c_str(), s.snapshot.c_str());
        };
    }
    auto report = zfs::execute_send(*client, *plan, STDOUT_FILENO, observer, json || verbose);
    if (!report)
        return report_error(kCommand, report.error(), json);
    if (json)
        emit(stderr, "send", summary(*plan, &*report));
}

} // namespace

void register_send(CLI::App& app)
{
    auto a = std::make_shared<SendCliArgs>();
    CLI::App* cmd = app.add_subcommand("send", "write a snapshot's stream to stdout");
    cmd->set_help_flag("--help", "print this help"); // -h is --holds, as in zfs
    cmd->add_flag("-D,--dedup", a->dedup, "ignored (deduplicated streams are gone)");
    cmd->add_flag("-L,--large-block", a->large_block, "keep blocks over 128K");
    cmd->add_flag("-P,--parsable", a->parsable, "print estimates and progress parsably");
    cmd->add_flag("-R,--replicate", a->replicate, "the filesystem, descendants, snapshots, props");
    cmd->add_flag("-b,--backup", a->backup, "send received properties only");
    cmd->add_flag("-c,--compressed", a->compressed, "keep blocks compressed as on disk");
    cmd->add_flag("-e,--embed", a->embed, "embedded blocks as WRITE_EMBEDDED records");
    cmd->add_flag("-h,--holds", a->holds, "send snapshot holds");
    cmd->add_flag("-n,--dryrun", a->dryrun, "estimate only, write nothing");
    cmd->add_flag("-p,--props", a->props, "send properties");
    cmd->add_flag("-s,--skip-missing", a->skip_missing, "with -R, skip descendants lacking it");
    cmd->add_flag("-v,--verbose", a->verbose, "print estimates and progress");
    cmd->add_flag("-w,--raw", a->raw, "send encrypted blocks as they are");
    cmd->add_option("-i", a->incremental, "incremental from FROM");
    cmd->add_option("-I", a->intermediates, "incremental from FROM with every snapshot between");
    cmd->add_option("-t,--resume", a->token, "resume from a receive_resume_token");
    add_json_flags(cmd, a->out);
    cmd->add_option("snapshot", a->names, "SNAPSHOT");
    cmd->callback([a] { run(*a); });
}

} // namespace gzfs::cli
