#pragma once
// zfs receive as a workflow: read the stream's BEGIN record, decide the target snapshot the
// way libzfs does (zfs_receive_one), check it, and hand the substream to RECV_NEW; packages
// (compound streams of send -I/-p/-R) are walked substream by substream, with the received
// properties, snapshot properties and holds their header carries. Never mounts: every
// receive behaves as `zfs receive -u`. `-A` (abort_receive) destroys a partial receive.
//
// Target names: a snapshot name is used as is (single streams only); a filesystem gets the
// stream's name after the sent filesystem appended ("tank/dst" + "@snap", or "/child@snap"
// within a -R package); -d appends all of the sent name but the pool, -e only its last
// element.
//
// Not done: the destroy/rename pass of `receive -F` for -R packages (libzfs
// recv_incremental_replication), encryption keys (-o keylocation prompts), -h/-M/-c.

#include "base/result.h"
#include "ioctl/client.h"
#include "zfs/property_set.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gzfs::zfs {

/// What zfs receive takes.
struct ReceiveOptions {
    std::string target;               ///< filesystem, volume or snapshot name
    int fd = 0;                       ///< the stream
    bool force = false;               ///< -F: roll back, or overwrite with a full stream
    bool resumable = false;           ///< -s: keep partial state when the stream breaks
    bool dryrun = false;              ///< -n: read the stream, receive nothing
    bool prefix = false;              ///< -d
    bool tail = false;                ///< -e
    std::vector<PropertyAssignment> set; ///< -o prop=value (not origin)
    std::vector<std::string> exclude;    ///< -x prop
    std::string origin;               ///< -o origin=SNAP: receive as a clone of it
    bool count = false;               ///< count bytes as they pass (for progress)
};

/// One substream received (or, -n, that would be).
struct ReceivedStream {
    std::string stream;       ///< the name in the stream: "tank/src@snap"
    std::string snapshot;     ///< where it goes
    bool incremental = false;
    bool resuming = false;    ///< a `send -t` stream
    bool skipped = false;     ///< the snapshot existed already (packages)
    uint64_t bytes = 0;       ///< read by the kernel
    double elapsed = 0;
};

/// Callbacks while receiving; any may be empty.
struct ReceiveObserver {
    std::function<void(const ReceivedStream&)> on_begin;
    std::function<void(const ReceivedStream&)> on_done;
    /// Every `interval` seconds while counting: bytes of the whole stream so far, seconds.
    std::function<void(const ReceivedStream&, uint64_t bytes, double elapsed)> on_progress;
    /// Properties that could not be set and the like: the receive still succeeded.
    std::function<void(const std::string&)> on_warning;
    double interval = 1.0;
};

/// What was received.
struct ReceiveReport {
    std::vector<ReceivedStream> streams;
    uint64_t bytes = 0;  ///< the whole input, headers included, when counted; else the sum
    double elapsed = 0;
};

/// Receives every substream of the stream on options.fd. Errors read "cannot receive...:
/// <reason>" as zfs words them (one line): "destination 'x' exists, must specify -F to
/// overwrite it", "destination 'x' does not exist", "most recent snapshot of x does not
/// match incremental source", "destination x has been modified since most recent snapshot",
/// "incomplete stream; partial state saved, resume with: zfs send -t TOKEN" (with -s).
Result<ReceiveReport> receive_stream(Client& c, const ReceiveOptions& options,
                                     const ReceiveObserver& observer = {});

/// zfs receive -A: destroys `fs`/%recv, or `fs` itself when it is the inconsistent result of
/// an interrupted first receive. Error: "'fs' does not have any resumable receive state to
/// abort".
Status abort_receive(Client& c, const std::string& fs);

} // namespace gzfs::zfs
