#include "zfs/receive_stream.h"

#include "ioctl/errors.h"
#include "nvlist/codec.h"
#include "zfs/dataset_create.h"
#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"
#include "zfs/property.h"
#include "zfs/property_parse.h"
#include "zfs/stream_pump.h"
#include "zfs/stream_record.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <optional>
#include <unistd.h>

namespace gzfs::zfs {

namespace {

using Clock = std::chrono::steady_clock;

// Exactly n bytes: the kernel reads the same fd, so nothing may be read ahead.
// Returns false on EOF or error before n bytes.
bool read_full(int fd, uint8_t* p, size_t n)
{
    while (n > 0) {
        ssize_t got = ::read(fd, p, n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        p += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

Error failed_read()
{
    return make_error("cannot receive: failed to read from stream", EIO);
}

// Reads and drops the records of one substream up to its END (libzfs recv_skip), the BEGIN
// record itself already read; its payload not yet.
Status skip_substream(int fd, const BeginRecord& b)
{
    std::vector<uint8_t> buf;
    auto drop = [&](uint64_t n) {
        while (n > 0) {
            size_t chunk = static_cast<size_t>(std::min<uint64_t>(n, 1 << 20));
            buf.resize(chunk);
            if (!read_full(fd, buf.data(), chunk))
                return false;
            n -= chunk;
        }
        return true;
    };
    if (!drop(b.payload_length))
        return failed_read();
    Record r;
    for (;;) {
        if (!read_full(fd, r.data(), r.size()))
            return failed_read();
        uint32_t type = record_type(r, b.byteswap);
        if (type == static_cast<uint32_t>(RecordType::End))
            return {};
        if (type > static_cast<uint32_t>(RecordType::Redact))
            return make_error("cannot receive: invalid stream (invalid record type)", EINVAL);
        if (!drop(payload_size(r, b.byteswap)))
            return failed_read();
    }
}

std::string fs_of(const std::string& name)
{
    return name.substr(0, name.find('@'));
}

// The package header, when there is one.
struct Package {
    nv::NvList nv;
    std::string sendfs;     ///< the sent filesystem (drr_toname's, before '@')
    bool recursive = false; ///< no "not_recursive": a -R package
};

// The fss entry whose snapshots include `guid`, and that snapshot's short name.
const nv::NvList* find_fs(const Package& pkg, uint64_t guid, std::string* snapname)
{
    auto fss = pkg.nv.get_nvlist("fss");
    if (!fss)
        return nullptr;
    for (const nv::Pair& p : (*fss)->pairs()) {
        const auto* fs = std::get_if<nv::NvList>(&p.value.data());
        if (!fs)
            continue;
        auto snaps = fs->get_nvlist("snaps");
        if (!snaps)
            continue;
        for (const nv::Pair& s : (*snaps)->pairs())
            if ((*snaps)->get_or(s.name, uint64_t{0}) == guid) {
                *snapname = s.name;
                return fs;
            }
    }
    return nullptr;
}

// The snapshot of `fs` whose guid is `guid`.
std::optional<std::string> snapshot_with_guid(Client& c, const std::string& fs, uint64_t guid)
{
    ListCursor cursor;
    cursor.simple = true; // stats (guid, createtxg) only; list_next keeps them on 2.1 too
    for (;;) {
        auto next = snapshot_list_next(c, fs, cursor);
        if (!next || !*next)
            return std::nullopt;
        if ((*next)->stats.guid == guid)
            return (*next)->name;
    }
}

// A clone stream's origin: the snapshot with the stream's fromguid, anywhere in the pool.
std::optional<std::string> origin_by_guid(Client& c, const std::string& pool, uint64_t guid)
{
    std::vector<std::string> all{pool};
    if (auto d = descendants(c, pool))
        all.insert(all.end(), d->begin(), d->end());
    for (const std::string& fs : all)
        if (auto s = snapshot_with_guid(c, fs, guid))
            return s;
    return std::nullopt;
}

class Receiver {
public:
    Receiver(Client& c, const ReceiveOptions& o, const ReceiveObserver& obs, int fd,
             std::function<uint64_t()> counter)
        : c_(c), o_(o), obs_(obs), fd_(fd), counter_(std::move(counter))
    {
    }

    Status run(ReceiveReport& report);

private:
    Status one(const Record& raw, const BeginRecord& b, const std::string& sendfs,
               const Package* pkg, ReceiveReport& report);
    Result<std::string> destination(const BeginRecord& b, const std::string& sendfs,
                                    bool recursive);
    Result<nv::NvList> local_props(uint32_t type, bool newfs, nv::NvList& rcvprops);
    Error kernel_error(const std::string& what, const std::string& destsnap,
                       const std::string& fs, bool newfs, int err);
    void warn(const std::string& text)
    {
        if (obs_.on_warning)
            obs_.on_warning(text);
    }

    Client& c_;
    const ReceiveOptions& o_;
    const ReceiveObserver& obs_;
    int fd_;
    std::function<uint64_t()> counter_;
    const Clock::time_point start_ = Clock::now();
};

Status Receiver::run(ReceiveReport& report)
{
    Record raw;
    if (!read_full(fd_, raw.data(), raw.size()))
        return failed_read();
    auto b = parse_begin(raw);
    if (!b)
        return make_error("cannot receive: " + b.error().message, EINVAL);
    if (b->header_type == kSubstream)
        return one(raw, *b, fs_of(b->toname), nullptr, report);

    // A package: its nvlist, the END record closing the header (checksummed), then
    // substreams until a second END.
    Package pkg;
    Fletcher4 sum;
    sum.update(raw);
    if (b->payload_length) {
        std::vector<uint8_t> payload(b->payload_length);
        if (!read_full(fd_, payload.data(), payload.size()))
            return failed_read();
        sum.update(payload);
        auto nvl = nv::unpack(payload);
        if (!nvl)
            return make_error("cannot receive: invalid stream (malformed nvlist)", EINVAL);
        pkg.nv = std::move(*nvl);
    }
    Record end;
    if (!read_full(fd_, end.data(), end.size()))
        return failed_read();
    if (record_type(end, b->byteswap) != static_cast<uint32_t>(RecordType::End))
        return make_error("cannot receive: invalid stream (no end record after the header)",
                          EINVAL);
    // The checksum is of the sender's byte order; only native streams are checked.
    if (!b->byteswap && end_checksum(end, false) != sum.word)
        return make_error("cannot receive: invalid stream (incorrect header checksum)", EINVAL);
    pkg.recursive = b->payload_length != 0 && !pkg.nv.contains("not_recursive");
    if (pkg.recursive && o_.target.find('@') != std::string::npos)
        return make_error(
            "cannot receive: cannot specify snapshot name for multi-snapshot stream", EINVAL);
    pkg.sendfs = fs_of(b->toname);
    for (;;) {
        Record next;
        if (!read_full(fd_, next.data(), next.size()))
            return failed_read();
        if (record_type(next, b->byteswap) == static_cast<uint32_t>(RecordType::End))
            return {};
        auto sub = parse_begin(next);
        if (!sub)
            return make_error("cannot receive: " + sub.error().message, EINVAL);
        if (auto s = one(next, *sub, pkg.sendfs, b->payload_length ? &pkg : nullptr, report);
            !s)
            return s;
    }
}

Result<std::string> Receiver::destination(const BeginRecord& b, const std::string& sendfs,
                                          bool recursive)
{
    const std::string& to = b.toname;
    const bool snapshot_target = o_.target.find('@') != std::string::npos;
    std::string chop;
    if (o_.tail) {
        if (snapshot_target)
            return make_error("cannot receive: invalid argument - snapshot not allowed with -e",
                              EINVAL);
        auto slash = sendfs.rfind('/');
        chop = slash == std::string::npos ? "/" + to : to.substr(slash);
    } else if (o_.prefix) {
        if (snapshot_target)
            return make_error("cannot receive: invalid argument - snapshot not allowed with -d",
                              EINVAL);
        auto slash = to.find('/');
        chop = to.substr(slash == std::string::npos ? to.find('@') : slash);
    } else if (!snapshot_target) {
        chop = to.substr(std::min(sendfs.size(), to.size()));
    } else if (recursive) {
        return make_error(
            "cannot receive: cannot specify snapshot name for multi-snapshot stream", EINVAL);
    }
    std::string dest = o_.target + chop;
    if (auto s = check_name(dest, kTypeSnapshot, "receive"); !s)
        return s.error();
    return dest;
}

Result<nv::NvList> Receiver::local_props(uint32_t type, bool newfs, nv::NvList& rcvprops)
{
    nv::NvList out;
    for (const std::string& name : o_.exclude) {
        const PropertyDef* def = find_property(name);
        // Non-inheritable properties cannot be "inherited" back: drop the received value.
        if (def && !is_inheritable(*def)) {
            rcvprops.remove(def->name);
            continue;
        }
        out.add_boolean(def ? def->name : name);
    }
    ParseContext ctx;
    ctx.type = type;
    ctx.creating = newfs;
    for (const PropertyAssignment& a : o_.set) {
        auto p = parse_property(a.property, a.value, ctx);
        if (!p)
            return make_error("cannot receive: " + p.error().message, EINVAL);
        out.add(p->name, p->value);
    }
    return out;
}

Error Receiver::kernel_error(const std::string& what, const std::string& destsnap,
                             const std::string& fs, bool newfs, int err)
{
    std::string why;
    switch (err) {
    case ENODEV:
        why = "most recent snapshot of " + fs + " does not match incremental source";
        break;
    case ETXTBSY:
        why = "destination " + fs + " has been modified since most recent snapshot";
        break;
    case EEXIST:
        return make_error("cannot restore to " + (newfs ? fs : destsnap) +
                              ": destination already exists",
                          err);
    case EINVAL:
        why = "invalid stream";
        break;
    case EBADE:   // ECKSUM
    case 1040: {  // ZFS_ERR_STREAM_TRUNCATED
        why = err == EBADE ? "checksum mismatch" : "incomplete stream";
        auto info = objset_stats(c_, fs, true);
        if (o_.resumable && info) {
            std::string token;
            if (auto t = info->props.get_nvlist("receive_resume_token"))
                token = (*t)->get_or("value", "");
            if (!token.empty())
                why += "; partially received state saved, resume with: zfs send -t " + token;
        }
        break;
    }
    case 1041:
        why = "incremental send stream requires -L (--large-block), to match previous receive";
        break;
    case ENOTSUP:
        why = "pool must be upgraded to receive this stream";
        break;
    case EDQUOT:
        why = "destination " + fs + " space quota exceeded";
        break;
    case EBUSY:
        if (auto info = objset_stats(c_, fs, false);
            dataset_exists(c_, fs + "/%recv") || (info && info->stats.inconsistent))
            why = "destination " + fs +
                  " contains partially-complete state from \"zfs receive -s\"";
        else
            why = error_reason(err);
        break;
    default:
        why = error_reason(err);
    }
    return make_error(what + ": " + why, err);
}

Status Receiver::one(const Record& raw, const BeginRecord& b, const std::string& sendfs,
                     const Package* pkg, ReceiveReport& report)
{
    const auto began = Clock::now();
    const bool recursive = pkg && pkg->recursive;
    auto dest = destination(b, sendfs, recursive);
    if (!dest)
        return dest.error();
    std::string destsnap = *dest;
    if (b.features & kFeatureDedup)
        return make_error("cannot receive: deduplicated send streams are no longer supported "
                          "(convert with 'zstream redup')",
                          ENOTSUP);
    const bool resuming = b.features & kFeatureResuming;
    const bool raw_stream = b.features & kFeatureRaw;
    const bool wants_newfs = (!b.incremental() || b.clone() || !o_.origin.empty()) && !resuming;
    const std::string what = wants_newfs ? "cannot receive new filesystem stream"
                             : resuming  ? "cannot receive resume stream"
                                         : "cannot receive incremental stream";
    const std::string fs = fs_of(destsnap);

    std::string origin = o_.origin;
    if (origin.empty() && b.clone()) {
        auto found = origin_by_guid(c_, fs.substr(0, fs.find('/')), b.fromguid);
        if (!found)
            return make_error("cannot receive: local origin for clone " + destsnap +
                                  " does not exist",
                              ENOENT);
        origin = *found;
    }

    bool newfs = false;
    auto existing = objset_stats(c_, fs, false);
    if (existing) {
        if (wants_newfs) {
            if (!o_.force)
                return make_error(what + ": destination '" + fs +
                                      "' exists, must specify -F to overwrite it",
                                  EEXIST);
            ListCursor cursor;
            cursor.simple = true;
            auto first = snapshot_list_next(c_, fs, cursor);
            if (first && *first)
                return make_error(what + ": destination has snapshots (eg. " + (*first)->name +
                                      "), must destroy them to overwrite it",
                                  EEXIST);
            if (!existing->stats.origin.empty())
                return make_error(what + ": destination '" + fs +
                                      "' is a clone, must destroy it to overwrite it",
                                  EEXIST);
        }
        // A resumed first receive completes a new filesystem.
        newfs = resuming && existing->stats.inconsistent;
    } else {
        auto slash = fs.rfind('/');
        if (!wants_newfs || slash == std::string::npos)
            return make_error(what + ": destination '" + fs + "' does not exist", ENOENT);
        const std::string parent = fs.substr(0, slash);
        if (o_.prefix && !o_.tail && !o_.dryrun && !dataset_exists(c_, parent)) {
            CreateOptions mk;
            mk.name = parent;
            mk.parents = true;
            if (auto r = create_dataset(c_, mk); !r)
                return make_error(what + ": " + r.error().message, r.error().sys_errno);
        }
        auto ptype = dataset_type(c_, parent);
        if (!ptype)
            return make_error(what + ": parent '" + parent + "' does not exist", ENOENT);
        if (*ptype != kTypeFilesystem)
            return make_error(what + ": parent '" + parent + "' is not a filesystem", ENOTDIR);
        newfs = true;
    }

    ReceivedStream rs;
    rs.stream = b.toname;
    rs.snapshot = destsnap;
    rs.incremental = b.incremental();
    rs.resuming = resuming;
    if (obs_.on_begin)
        obs_.on_begin(rs);

    uint32_t type;
    if (b.objset_type == 3)
        type = kTypeVolume;
    else if (b.objset_type == 2)
        type = kTypeFilesystem;
    else
        return make_error(what + ": invalid record type: " + std::to_string(b.objset_type),
                          EINVAL);

    // What the package says about this snapshot's filesystem.
    nv::NvList rcvprops, snapprops, snapholds;
    bool have_props = false;
    if (pkg) {
        std::string snapname;
        if (const nv::NvList* entry = find_fs(*pkg, b.toguid, &snapname)) {
            if (auto p = entry->get_nvlist("props")) {
                rcvprops = **p;
                have_props = true;
            }
            if (auto sp = entry->get_nvlist({"snapprops", snapname}))
                snapprops = **sp;
            if (auto sh = entry->get_nvlist({"snapholds", snapname}))
                snapholds = **sh;
        }
    }
    auto local = local_props(type, newfs, rcvprops);
    if (!local)
        return local.error();
    // A property stream of an unencrypted dataset says nothing of encryption (it is
    // set-once); libzfs then asks for "off" explicitly.
    if (wants_newfs && !raw_stream && have_props && !local->contains("encryption"))
        local->add_uint64("encryption", 2 /* ZIO_CRYPT_OFF */);

    if (o_.dryrun) {
        if (auto s = skip_substream(fd_, b); !s)
            return s;
        rs.elapsed = std::chrono::duration<double>(Clock::now() - began).count();
        report.streams.push_back(rs);
        if (obs_.on_done)
            obs_.on_done(rs);
        return {};
    }

    std::function<void()> tick;
    if (obs_.on_progress && counter_)
        tick = [&] {
            obs_.on_progress(rs, counter_(),
                             std::chrono::duration<double>(Clock::now() - start_).count());
        };
    Ticker ticker(obs_.interval, tick);
    RecvArgs args;
    args.snapshot = destsnap;
    args.fd = fd_;
    args.origin = origin;
    args.props = rcvprops;
    args.local_props = *local;
    args.begin.assign(raw.begin(), raw.end());
    args.force = o_.force;
    args.resumable = o_.resumable;
    auto r = receive(c_, args);
    ticker.stop();
    if (!r) {
        const int err = r.error().sys_errno;
        // In a package, a snapshot that is already here is skipped (libzfs does the same).
        if (pkg && (err == EEXIST || err == ENOENT) && existing &&
            snapshot_with_guid(c_, fs, b.toguid)) {
            if (auto s = skip_substream(fd_, b); !s)
                return s;
            rs.skipped = true;
            report.streams.push_back(rs);
            if (obs_.on_done)
                obs_.on_done(rs);
            return {};
        }
        return kernel_error(what, destsnap, fs, newfs, err);
    }
    for (const nv::Pair& p : r->prop_errors.pairs()) {
        int64_t e = 0;
        if (auto v = r->prop_errors.get<int32_t>(p.name))
            e = *v;
        warn("cannot receive " + p.name + " property on " + fs + ": " +
             error_reason(static_cast<int>(e)));
    }
    if (!snapprops.empty())
        if (auto s = set_props(c_, destsnap, snapprops, nullptr, true); !s)
            warn(s.error().message);
    for (const nv::Pair& p : snapholds.pairs())
        if (auto s = hold(c_, {{destsnap, p.name}}); !s)
            warn(s.error().message);
    rs.bytes = r->read_bytes;
    rs.elapsed = std::chrono::duration<double>(Clock::now() - began).count();
    report.streams.push_back(rs);
    if (obs_.on_done)
        obs_.on_done(rs);
    return {};
}

// The checks zfs makes of -o/-x names before reading anything (zfs_receive_checkprops).
Status check_cmdline_props(const ReceiveOptions& o)
{
    std::vector<std::string> names = o.exclude;
    for (const auto& a : o.set)
        names.push_back(a.property);
    for (const std::string& n : names) {
        if (is_user_property(n))
            continue;
        const PropertyDef* def = find_property(n);
        if (!def || (def->attr == PropAttr::ReadOnly && std::string_view(def->name) != "origin") ||
            std::string_view(def->name) == "version" || std::string_view(def->name) == "volsize")
            return make_error("cannot receive: invalid property '" + n + "'", EINVAL);
    }
    return {};
}

} // namespace

Result<ReceiveReport> receive_stream(Client& c, const ReceiveOptions& o,
                                     const ReceiveObserver& observer)
{
    if (auto s = check_cmdline_props(o); !s)
        return s.error();
    if (o.prefix && !dataset_exists(c, o.target))
        return make_error("cannot receive: specified fs (" + o.target + ") does not exist",
                          ENOENT);
    if (!o.origin.empty() && !dataset_exists(c, o.origin))
        return make_error("cannot receive: specified origin fs (" + o.origin +
                              ") does not exist",
                          ENOENT);
    const auto start = Clock::now();
    std::unique_ptr<StreamPump> pump;
    int fd = o.fd;
    std::function<uint64_t()> counter;
    if (o.count) {
        auto p = StreamPump::reading(o.fd);
        if (!p)
            return p.error();
        pump = std::move(*p);
        fd = pump->fd();
        counter = [raw = pump.get()] { return raw->bytes(); };
    }
    ReceiveReport report;
    Receiver receiver(c, o, observer, fd, counter);
    auto s = receiver.run(report);
    if (!s)
        return s.error();
    report.elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (pump) {
        report.bytes = pump->bytes();
    } else {
        for (const auto& r : report.streams)
            report.bytes += r.bytes;
    }
    return report;
}

Status abort_receive(Client& c, const std::string& fs)
{
    if (auto s = check_name(fs, kTypeFilesystem | kTypeVolume, "abort receive of"); !s)
        return s.error();
    const std::string partial = fs + "/%recv";
    if (dataset_exists(c, partial)) {
        if (auto s = destroy_dataset(c, partial); !s)
            return make_error(error_message("destroy", partial, s.error().sys_errno),
                              s.error().sys_errno);
        return {};
    }
    auto info = objset_stats(c, fs, true);
    if (!info)
        return make_error("cannot open '" + fs + "': dataset does not exist", ENOENT);
    std::string token;
    if (auto t = info->props.get_nvlist("receive_resume_token"))
        token = (*t)->get_or("value", "");
    if (!info->stats.inconsistent || token.empty())
        return make_error("'" + fs + "' does not have any resumable receive state to abort",
                          ENOENT);
    if (auto s = destroy_dataset(c, fs); !s)
        return make_error(error_message("destroy", fs, s.error().sys_errno),
                          s.error().sys_errno);
    return {};
}

} // namespace gzfs::zfs
