#include "zfs/send_stream.h"

#include "ioctl/errors.h"
#include "nvlist/codec.h"
#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/property.h"
#include "zfs/received_props.h"
#include "zfs/stream_pump.h"
#include "zfs/stream_record.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace gzfs::zfs {

namespace {

struct Snap {
    std::string name;
    uint64_t guid = 0;
    uint64_t txg = 0;
};

std::string fs_of(const std::string& name)
{
    return name.substr(0, name.find_first_of("@#"));
}

std::string short_of(const std::string& name)
{
    auto at = name.find_first_of("@#");
    return at == std::string::npos ? name : name.substr(at + 1);
}

std::string hex(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

Error no_dataset(const std::string& name)
{
    return make_error("cannot open '" + name + "': dataset does not exist", ENOENT);
}

// Snapshots of one filesystem in creation order, with guid and txg.
Result<std::vector<Snap>> list_snaps(Client& c, const std::string& fs)
{
    std::vector<Snap> out;
    ListCursor cursor;
    cursor.simple = true; // stats (guid, createtxg) only; list_next keeps them on 2.1 too
    for (;;) {
        auto next = snapshot_list_next(c, fs, cursor);
        if (!next)
            return next.error();
        if (!*next)
            break;
        out.push_back({(*next)->name, (*next)->stats.guid, (*next)->stats.creation_txg});
    }
    std::sort(out.begin(), out.end(), [](const Snap& a, const Snap& b) { return a.txg < b.txg; });
    return out;
}

// The properties a stream carries, as libzfs send_iterate_prop chooses them: set here
// (source = the dataset itself) or received, never read-only ones or unknown native ones;
// the quota and reservation family not on snapshots.
nv::NvList sendable_props(const nv::NvList& props, const std::string& name, bool snapshot)
{
    nv::NvList out;
    for (const nv::Pair& p : props.pairs()) {
        const auto* attrs = std::get_if<nv::NvList>(&p.value.data());
        if (!attrs)
            continue;
        const bool user = is_user_property(p.name);
        const PropertyDef* def = user ? nullptr : find_property(p.name);
        if (!user && (!def || def->attr == PropAttr::ReadOnly))
            continue;
        if (snapshot && !user &&
            (p.name == "quota" || p.name == "reservation" || p.name == "refquota" ||
             p.name == "refreservation"))
            continue;
        std::string source = attrs->get_or("source", "");
        if (!attrs->contains("source") || (source != name && source != "$recvd"))
            continue;
        if (const nv::Pair* v = attrs->find("value"))
            out.add(p.name, v->value);
    }
    return out;
}

// -b: what the dataset received ({prop: value} or {prop: {"value": ...}}).
nv::NvList received_only(Client& c, const std::string& name)
{
    nv::NvList out;
    auto r = received_props(c, name);
    if (!r)
        return out;
    for (const nv::Pair& p : r->pairs()) {
        if (const auto* inner = std::get_if<nv::NvList>(&p.value.data())) {
            if (const nv::Pair* v = inner->find("value"))
                out.add(p.name, v->value);
        } else {
            out.add(p.name, p.value);
        }
    }
    return out;
}

nv::NvList props_for(Client& c, const std::string& name, bool snapshot, bool backup)
{
    if (backup)
        return received_only(c, name);
    auto info = objset_stats(c, name, true);
    if (!info)
        return {};
    return sendable_props(info->props, name, snapshot);
}

nv::NvList holds_of(Client& c, const std::string& snapshot)
{
    nv::NvList out;
    auto h = get_holds(c, snapshot);
    if (h)
        for (const auto& [tag, when] : *h)
            out.add_uint64(tag, when);
    return out;
}

Error send_error(const std::string& snapshot, const std::string& from, int err)
{
    std::string why;
    switch (err) {
    case EXDEV:
        why = "not an earlier snapshot from the same fs";
        break;
    case ENOENT:
    case ESRCH:
        why = "incremental source (" + from + ") does not exist";
        break;
    case EACCES:
        why = "dataset key must be loaded";
        break;
    case EBUSY:
        why = "target is busy; if a filesystem, it must not be mounted";
        break;
    default:
        why = err >= kZfsErrFirst ? error_reason(err) : std::strerror(err);
    }
    if ((err == ENOENT || err == ESRCH) && from.empty())
        why = "dataset does not exist";
    return make_error("cannot send '" + snapshot + "': " + why, err);
}

// The incremental source as a full name: "@a"/"#m" and bare "a" are in the snapshot's fs.
std::string full_from(const std::string& fs, const std::string& from)
{
    if (from.empty())
        return "";
    if (from[0] == '@' || from[0] == '#')
        return fs + from;
    if (from.find_first_of("@#") == std::string::npos)
        return fs + "@" + from;
    return from;
}

// One filesystem of a package: its fss entry and its substreams.
struct FsPlan {
    std::string name;
    uint64_t guid = 0;
    uint64_t origin_guid = 0;
    std::string origin;       ///< clone origin snapshot, "" if none
    std::vector<Snap> snaps;  ///< up to the snapshot sent
    std::vector<SendStep> steps;
    nv::NvList entry;
};

// Which snapshots of one filesystem to send (libzfs dump_filesystem): from the incremental
// source (exclusive) or the start, to `to`; all of them with -I or a full -R, otherwise only
// `to` (and the source). The first is incremental from the source, or from the clone origin
// when there is none and `from_origin`.
std::vector<SendStep> pick_steps(const std::vector<Snap>& snaps, const std::string& from_full,
                                 uint64_t from_txg, const std::string& to_full, bool all,
                                 const std::string& origin)
{
    std::vector<SendStep> steps;
    std::string prev = from_full.empty() ? origin : from_full;
    for (const Snap& s : snaps) {
        if (!from_full.empty() && from_full.find('#') == std::string::npos && s.txg <= from_txg)
            continue;
        const bool last = s.name == to_full;
        if (!all && !last)
            continue;
        steps.push_back({s.name, prev, {}, 0, 0, 0});
        prev = s.name;
        if (last)
            break;
    }
    return steps;
}

Status plan_tree(Client& c, const SendOptions& o, const std::string& top, const std::string& tosnap,
                 const std::string& fromsnap, SendPlan& plan)
{
    std::vector<std::string> names{top};
    if (o.replicate) {
        auto kids = descendants(c, top);
        if (!kids)
            return kids.error();
        names.insert(names.end(), kids->begin(), kids->end());
    }
    std::map<std::string, uint64_t> to_txg;  // per fs, the txg of its tosnap
    std::set<std::string> skipped;
    std::vector<FsPlan> fss;
    for (const std::string& name : names) {
        const std::string parent = parent_of(name);
        if (name != top && (skipped.count(parent) || !to_txg.count(parent))) {
            skipped.insert(name);
            continue;
        }
        auto info = objset_stats(c, name, false);
        if (!info)
            return info.error();
        auto snaps = list_snaps(c, name);
        if (!snaps)
            return snaps.error();
        const std::string to_full = name + "@" + tosnap;
        auto to = std::find_if(snaps->begin(), snaps->end(),
                               [&](const Snap& s) { return s.name == to_full; });
        if (to == snaps->end()) {
            // Created after the parent's snapshot: not part of it. Otherwise an error,
            // unless -s.
            if (name != top && info->stats.creation_txg > to_txg[parent]) {
                skipped.insert(name);
                continue;
            }
            if (o.skip_missing && name != top) {
                plan.warnings.push_back("skipping dataset " + name + " and its children: " +
                                        "snapshot " + to_full + " does not exist");
                skipped.insert(name);
                continue;
            }
            return make_error("cannot send " + top + "@" + tosnap +
                                  (o.replicate ? " recursively" : "") + ": snapshot " +
                                  to_full + " does not exist",
                              ENOENT);
        }
        to_txg[name] = to->txg;
        FsPlan f;
        f.name = name;
        f.guid = info->stats.guid;
        f.origin = info->stats.origin;
        f.snaps.assign(snaps->begin(), to + 1);
        fss.push_back(std::move(f));
    }

    // Steps and fss entries. parentfromsnap: the guid of the parent's from snapshot (its
    // tosnap when it has none), as receive uses it to find renamed parents.
    std::map<std::string, uint64_t> parent_from_guid;
    for (FsPlan& f : fss) {
        const std::string from_full = fromsnap.empty() ? "" : f.name + "@" + fromsnap;
        uint64_t from_txg = 0;
        bool have_from = false;
        for (const Snap& s : f.snaps)
            if (s.name == from_full) {
                from_txg = s.txg;
                have_from = true;
            }
        // A descendant without the source gets everything (-R), as a new filesystem.
        const bool missing_from = !fromsnap.empty() && !have_from;
        const bool all = o.intermediates || (o.replicate && fromsnap.empty());
        const std::string origin = (o.replicate && (fromsnap.empty() || missing_from)) ? f.origin : "";
        f.steps = pick_steps(f.snaps, missing_from ? "" : from_full, from_txg,
                             f.name + "@" + tosnap, all, origin);
        if (!o.replicate && !o.intermediates && !fromsnap.empty() && !have_from)
            return make_error("cannot open '" + from_full + "': dataset does not exist", ENOENT);

        uint64_t mark = 0;
        for (const Snap& s : f.snaps)
            if ((have_from && s.name == from_full) || (!mark && s.name == f.name + "@" + tosnap))
                mark = s.guid;
        parent_from_guid[f.name] = mark;

        nv::NvList& e = f.entry;
        e.add_string("name", f.name);
        e.add_uint64("parentfromsnap", f.name == top ? 0 : parent_from_guid[parent_of(f.name)]);
        if (!f.origin.empty()) {
            auto origin_info = objset_stats(c, f.origin, false);
            if (origin_info)
                e.add_uint64("origin", origin_info->stats.guid);
        }
        if (o.props || o.backup || o.replicate)
            e.add_nvlist("props", props_for(c, f.name, false, o.backup));
        // The snapshots described: all up to tosnap with -R; otherwise those sent.
        nv::NvList snaps, snapprops, snapholds;
        for (const Snap& s : f.snaps) {
            bool described = o.replicate;
            for (const SendStep& st : f.steps)
                described = described || st.snapshot == s.name;
            if (!described)
                continue;
            snaps.add_uint64(short_of(s.name), s.guid);
            snapprops.add_nvlist(short_of(s.name), props_for(c, s.name, true, o.backup));
            if (o.holds)
                snapholds.add_nvlist(short_of(s.name), holds_of(c, s.name));
        }
        e.add_nvlist("snaps", std::move(snaps));
        e.add_nvlist("snapprops", std::move(snapprops));
        if (o.holds)
            e.add_nvlist("snapholds", std::move(snapholds));
    }

    // Parents before children (descendants() order), clone origins before their clones.
    std::set<std::string> sent;
    bool progress = true;
    while (sent.size() < fss.size() && progress) {
        progress = false;
        for (FsPlan& f : fss) {
            if (sent.count(f.name))
                continue;
            const std::string origin_fs = fs_of(f.origin);
            const bool origin_here = std::any_of(fss.begin(), fss.end(), [&](const FsPlan& g) {
                return g.name == origin_fs;
            });
            if (!f.origin.empty() && origin_here && !sent.count(origin_fs))
                continue;
            sent.insert(f.name);
            progress = true;
            plan.steps.insert(plan.steps.end(), f.steps.begin(), f.steps.end());
        }
    }

    nv::NvList fsslist;
    for (FsPlan& f : fss)
        fsslist.add_nvlist(hex(f.guid), std::move(f.entry));
    if (!fromsnap.empty())
        plan.header.add_string("fromsnap", fromsnap);
    plan.header.add_string("tosnap", tosnap);
    if (!o.replicate)
        plan.header.add_boolean("not_recursive");
    if (o.flags.raw)
        plan.header.add_boolean("raw");
    plan.header.add_nvlist("fss", std::move(fsslist));
    return {};
}

void add_estimates(Client& c, SendPlan& plan)
{
    for (SendStep& s : plan.steps) {
        uint64_t resume_bytes = plan.token ? plan.token->bytes : 0;
        auto space = send_space(c, s.snapshot, s.from, plan.flags, s.resume_object,
                                s.resume_offset, resume_bytes);
        if (space)
            s.estimate = *space;
    }
}

// The snapshot (or, bookmark_ok, bookmark) of `fs` whose guid is `guid`.
std::optional<std::string> find_guid(Client& c, const std::string& fs, uint64_t guid,
                                     bool bookmark_ok)
{
    auto snaps = list_snaps(c, fs);
    if (snaps)
        for (const Snap& s : *snaps)
            if (s.guid == guid)
                return s.name;
    if (bookmark_ok) {
        auto marks = get_bookmarks(c, fs, {"guid"});
        if (marks)
            for (const nv::Pair& p : marks->pairs())
                if (const auto* props = std::get_if<nv::NvList>(&p.value.data()))
                    if (auto g = props->get_nvlist("guid"))
                        if ((*g)->get_or("value", uint64_t{0}) == guid)
                            return fs + "#" + p.name;
    }
    return std::nullopt;
}

Result<SendPlan> plan_resume(Client& c, const SendOptions& o)
{
    auto token = decode_resume_token(o.resume_token);
    if (!token) {
        token.error().message = "cannot resume send: " + token.error().message;
        return token.error();
    }
    SendPlan plan;
    const std::string& toname = token->toname;
    std::string snapshot;
    auto info = objset_stats(c, toname, false);
    if (info && info->stats.guid == token->toguid) {
        snapshot = toname;
    } else if (auto found = find_guid(c, fs_of(toname), token->toguid, false)) {
        snapshot = *found;
    } else {
        return make_error("cannot resume send: '" + toname +
                              (info ? "' is no longer the same snapshot used in the initial send"
                                    : "' used in the initial send no longer exists"),
                          ENOENT);
    }
    std::string from;
    if (token->fromguid != 0) {
        auto found = find_guid(c, fs_of(snapshot), token->fromguid, true);
        if (!found) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%#llx",
                          static_cast<unsigned long long>(token->fromguid));
            return make_error(std::string("cannot resume send: incremental source ") + buf +
                                  " no longer exists",
                              ENOENT);
        }
        from = *found;
    }
    plan.flags = o.flags;
    plan.flags.large_block |= token->flags.large_block;
    plan.flags.embed_data |= token->flags.embed_data;
    plan.flags.compress |= token->flags.compress;
    plan.flags.raw |= token->flags.raw;
    plan.flags.saved |= token->flags.saved;
    plan.steps.push_back({snapshot, from, {}, token->object, token->offset, 0});
    plan.token = std::move(*token);
    if (o.estimate)
        add_estimates(c, plan);
    return plan;
}

} // namespace

std::optional<uint64_t> SendPlan::estimate() const
{
    uint64_t sum = 0;
    for (const SendStep& s : steps) {
        if (!s.estimate)
            return std::nullopt;
        sum += *s.estimate;
    }
    return sum;
}

Result<SendPlan> plan_send(Client& c, const SendOptions& o)
{
    if (!o.resume_token.empty())
        return plan_resume(c, o);
    if (auto s = check_name(o.snapshot, kTypeSnapshot, "send"); !s)
        return s.error();
    const std::string fs = fs_of(o.snapshot);
    auto to = objset_stats(c, o.snapshot, false);
    if (!to)
        return no_dataset(o.snapshot);

    SendPlan plan;
    plan.flags = o.flags;
    const std::string from = full_from(fs, o.from);
    const bool package = o.intermediates || o.props || o.backup || o.holds || o.replicate;
    std::string fromsnap; // short name, same filesystem
    uint64_t from_txg = 0;
    std::string origin_from;

    if (from.find('#') != std::string::npos) {
        if (o.intermediates || o.replicate)
            return make_error("cannot send '" + o.snapshot +
                                  "': unsupported flag with filesystem or bookmark",
                              EINVAL);
        plan.steps.push_back({o.snapshot, from, {}, 0, 0, 0});
    } else if (!from.empty()) {
        auto f = objset_stats(c, from, false);
        if (!f)
            return no_dataset(from);
        const Error not_earlier = make_error(
            "cannot send '" + o.snapshot + "': not an earlier snapshot from the same fs", EXDEV);
        if (fs_of(from) != fs) {
            auto fsinfo = objset_stats(c, fs, false);
            if (!fsinfo || fsinfo->stats.origin != from)
                return not_earlier;
            origin_from = from;
        } else {
            if (f->stats.creation_txg >= to->stats.creation_txg)
                return not_earlier;
            fromsnap = short_of(from);
            from_txg = f->stats.creation_txg;
        }
    }

    if (plan.steps.empty() && !package) {
        plan.steps.push_back({o.snapshot, from, {}, 0, 0, 0});
    } else if (plan.steps.empty() && (o.replicate || o.props || o.backup || o.holds)) {
        if (!origin_from.empty() && o.replicate)
            return make_error("cannot send '" + o.snapshot +
                                  "': incremental source must be in same filesystem",
                              EXDEV);
        if (auto s = plan_tree(c, o, fs, short_of(o.snapshot), fromsnap, plan); !s)
            return s.error();
        if (!origin_from.empty() && !plan.steps.empty())
            plan.steps.front().from = origin_from;
        // Without -R/-I libzfs sends one stream (zfs_send_one) and leaves the source out of
        // the header: receive does not use it for such packages.
        if (!o.replicate && !o.intermediates)
            plan.header.remove("fromsnap");
    } else if (plan.steps.empty()) {
        // -I alone: every snapshot after the source, in a package without nvlist.
        auto snaps = list_snaps(c, fs);
        if (!snaps)
            return snaps.error();
        std::string prev = from;
        for (const Snap& s : *snaps) {
            if (s.txg <= from_txg && origin_from.empty())
                continue;
            if (s.txg > to->stats.creation_txg)
                break;
            plan.steps.push_back({s.name, prev, {}, 0, 0, 0});
            prev = s.name;
        }
    } else if (o.props || o.backup || o.holds) {
        // A bookmark source with -p: the header describes the one snapshot, no fromsnap.
        SendPlan tree;
        if (auto s = plan_tree(c, o, fs, short_of(o.snapshot), "", tree); !s)
            return s.error();
        plan.header = std::move(tree.header);
    }
    plan.compound = package;
    plan.package_name = o.snapshot;
    if (o.holds)
        plan.features |= kFeatureHolds;
    if (plan.steps.empty())
        return make_error("cannot send '" + o.snapshot + "': no snapshots to send", ENOENT);
    if (o.estimate)
        add_estimates(c, plan);
    return plan;
}

namespace {

bool write_all(int fd, const uint8_t* p, size_t n)
{
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return false;
        p += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

// Counts bytes written to the output: by offset on a regular file, through a pump otherwise.
class Meter {
public:
    Status open(int fd, bool count)
    {
        fd_ = fd;
        if (!count)
            return {};
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            base_ = lseek(fd, 0, SEEK_CUR);
            seekable_ = base_ >= 0;
        }
        if (!seekable_) {
            auto p = StreamPump::writing(fd);
            if (!p)
                return p.error();
            pump_ = std::move(*p);
        }
        counted_ = true;
        return {};
    }
    int fd() const { return pump_ ? pump_->fd() : fd_; }
    bool counted() const { return counted_; }
    uint64_t bytes() const
    {
        if (pump_)
            return pump_->bytes();
        if (seekable_) {
            off_t now = lseek(fd_, 0, SEEK_CUR);
            return now > base_ ? static_cast<uint64_t>(now - base_) : 0;
        }
        return 0;
    }
    Status finish() { return pump_ ? pump_->finish() : Status{}; }

private:
    int fd_ = -1;
    bool counted_ = false;
    bool seekable_ = false;
    off_t base_ = 0;
    std::unique_ptr<StreamPump> pump_;
};

} // namespace

Result<SendReport> execute_send(Client& c, SendPlan& plan, int fd, const SendObserver& observer,
                                bool count)
{
    const auto start = std::chrono::steady_clock::now();
    Meter meter;
    if (auto s = meter.open(fd, count || observer.on_progress); !s)
        return s.error();
    const int out = meter.fd();
    const std::string top = plan.package_name.empty() && !plan.steps.empty()
                                ? plan.steps.front().snapshot
                                : plan.package_name;
    auto write_failed = [&](int err) {
        return make_error("cannot send '" + top + "': " + std::strerror(err), err);
    };

    if (plan.compound) {
        std::vector<uint8_t> payload;
        if (!plan.header.empty()) {
            auto packed = nv::pack(plan.header, nv::Encoding::Xdr);
            if (!packed)
                return packed.error();
            payload = std::move(*packed);
        }
        Record begin = compound_begin(plan.package_name, static_cast<uint32_t>(payload.size()),
                                      plan.features);
        Fletcher4 sum;
        sum.update(begin);
        sum.update(payload);
        Record end = end_record(sum);
        if (!write_all(out, begin.data(), begin.size()) ||
            !write_all(out, payload.data(), payload.size()) ||
            !write_all(out, end.data(), end.size()))
            return write_failed(errno);
    }

    std::mutex current_mutex;
    const SendStep* current = nullptr;
    auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::function<void()> tick;
    if (observer.on_progress)
        tick = [&] {
            std::lock_guard lock(current_mutex);
            if (current)
                observer.on_progress(*current, meter.bytes(), seconds());
        };
    Ticker ticker(observer.interval, tick);
    for (SendStep& step : plan.steps) {
        if (observer.on_step)
            observer.on_step(step, meter.bytes());
        {
            std::lock_guard lock(current_mutex);
            current = &step;
        }
        const uint64_t before = meter.bytes();
        SendArgs a;
        a.snapshot = step.snapshot;
        a.from = step.from;
        a.fd = out;
        a.flags = plan.flags;
        a.resume_object = step.resume_object;
        a.resume_offset = step.resume_offset;
        auto s = send(c, a);
        step.bytes = meter.bytes() - before;
        if (!s) {
            ticker.stop();
            return send_error(step.snapshot, step.from, s.error().sys_errno);
        }
    }
    ticker.stop();
    if (plan.compound) {
        Record end{};
        end[0] = static_cast<uint8_t>(RecordType::End);
        if (!write_all(out, end.data(), end.size()))
            return write_failed(errno);
    }
    // The pump's copy may still be running: the last step's bytes are known once drained.
    if (auto s = meter.finish(); !s)
        return make_error("cannot send '" + top + "': " + std::strerror(s.error().sys_errno),
                          s.error().sys_errno);
    SendReport r;
    r.bytes = meter.bytes();
    r.counted = meter.counted();
    r.elapsed = seconds();
    return r;
}

} // namespace gzfs::zfs
