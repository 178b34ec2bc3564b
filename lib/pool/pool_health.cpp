#include "pool/pool_health.h"

#include <array>
#include <functional>

namespace gzfs {
namespace {

struct HealthText {
    PoolHealth health;
    std::string_view code, msgid, status, action;
};

// Texts as zpool 2.3 prints them; continuation lines start with a tab.
constexpr std::array<HealthText, 21> kTexts = {{
    {PoolHealth::Ok, "OK", "", "", ""},
    {PoolHealth::VersionNewer, "VERSION_NEWER", "ZFS-8000-A5",
     "The pool has been upgraded to a newer, incompatible on-disk version.\n\tThe pool cannot "
     "be accessed on this system.",
     "Access the pool from a system running more recent software, or\n\trestore the pool from "
     "backup."},
    {PoolHealth::BadGuidSum, "BAD_GUID_SUM", "ZFS-8000-6X",
     "One or more devices are missing from the system.", ""},
    {PoolHealth::IoFailureWait, "IO_FAILURE_WAIT", "ZFS-8000-HC",
     "One or more devices are faulted in response to IO failures.",
     "Make sure the affected devices are connected, then run 'zpool clear'."},
    {PoolHealth::IoFailureContinue, "IO_FAILURE_CONTINUE", "ZFS-8000-JQ",
     "One or more devices are faulted in response to IO failures.",
     "Make sure the affected devices are connected, then run 'zpool clear'."},
    {PoolHealth::IoFailureMmp, "IO_FAILURE_MMP", "ZFS-8000-MM",
     "The pool is suspended because multihost writes failed or were delayed;\n\tanother system "
     "could import the pool undetected.",
     "Make sure the pool's devices are connected, then reboot your system and\n\timport the "
     "pool or run 'zpool clear' to resume the pool."},
    {PoolHealth::BadLog, "BAD_LOG", "ZFS-8000-K4",
     "An intent log record could not be read.\n\tWaiting for administrator intervention to fix "
     "the faulted pool.",
     "Either restore the affected device(s) and run 'zpool online',\n\tor ignore the intent "
     "log records by running 'zpool clear'."},
    {PoolHealth::FaultedDevNr, "FAULTED_DEV_NR", "",
     "One or more devices are faulted in response to persistent errors.  There are "
     "insufficient replicas for the pool to\n\tcontinue functioning.",
     "Destroy and re-create the pool from a backup source.  Manually marking the device\n"
     "\trepaired using 'zpool clear' may allow some data to be recovered."},
    {PoolHealth::MissingDevNr, "MISSING_DEV_NR", "ZFS-8000-3C",
     "One or more devices could not be opened.  There are insufficient\n\treplicas for the pool "
     "to continue functioning.",
     "Attach the missing device and online it using 'zpool online'."},
    {PoolHealth::CorruptLabelNr, "CORRUPT_LABEL_NR", "ZFS-8000-5E",
     "One or more devices could not be used because the label is missing \n\tor invalid.  "
     "There are insufficient replicas for the pool to continue\n\tfunctioning.",
     "Destroy and re-create the pool from\n\ta backup source."},
    {PoolHealth::CorruptPool, "CORRUPT_POOL", "ZFS-8000-72",
     "The pool metadata is corrupted and the pool cannot be opened.",
     "Destroy and re-create the pool from\n\ta backup source."},
    {PoolHealth::CorruptData, "CORRUPT_DATA", "ZFS-8000-8A",
     "One or more devices has experienced an error resulting in data\n\tcorruption.  "
     "Applications may be affected.",
     "Restore the file in question if possible.  Otherwise restore the\n\tentire pool from "
     "backup."},
    {PoolHealth::FaultedDevR, "FAULTED_DEV_R", "",
     "One or more devices are faulted in response to persistent errors.\n\tSufficient replicas "
     "exist for the pool to continue functioning in a\n\tdegraded state.",
     "Replace the faulted device, or use 'zpool clear' to mark the device\n\trepaired."},
    {PoolHealth::MissingDevR, "MISSING_DEV_R", "ZFS-8000-2Q",
     "One or more devices could not be opened.  Sufficient replicas exist for\n\tthe pool to "
     "continue functioning in a degraded state.",
     "Attach the missing device and online it using 'zpool online'."},
    {PoolHealth::CorruptLabelR, "CORRUPT_LABEL_R", "ZFS-8000-4J",
     "One or more devices could not be used because the label is missing or\n\tinvalid.  "
     "Sufficient replicas exist for the pool to continue\n\tfunctioning in a degraded state.",
     "Replace the device using 'zpool replace'."},
    {PoolHealth::FailingDev, "FAILING_DEV", "ZFS-8000-9P",
     "One or more devices has experienced an unrecoverable error.  An\n\tattempt was made to "
     "correct the error.  Applications are unaffected.",
     "Determine if the device needs to be replaced, and clear the errors\n\tusing 'zpool "
     "clear' or replace the device with 'zpool replace'."},
    {PoolHealth::OfflineDev, "OFFLINE_DEV", "",
     "One or more devices has been taken offline by the administrator.\n\tSufficient replicas "
     "exist for the pool to continue functioning in a\n\tdegraded state.",
     "Online the device using 'zpool online' or replace the device with\n\t'zpool replace'."},
    {PoolHealth::RemovedDev, "REMOVED_DEV", "",
     "One or more devices has been removed by the administrator.\n\tSufficient replicas exist "
     "for the pool to continue functioning in a\n\tdegraded state.",
     "Online the device using zpool online' or replace the device with\n\t'zpool replace'."},
    {PoolHealth::Resilvering, "RESILVERING", "",
     "One or more devices is currently being resilvered.  The pool will\n\tcontinue to "
     "function, possibly in a degraded state.",
     "Wait for the resilver to complete."},
    {PoolHealth::VersionOlder, "VERSION_OLDER", "",
     "The pool is formatted using a legacy on-disk format.  The pool can\n\tstill be used, but "
     "some features are unavailable.",
     "Upgrade the pool using 'zpool upgrade'.  Once this is done, the\n\tpool will no longer be "
     "accessible on software that does not support\n\tfeature flags."},
    {PoolHealth::NonNativeAshift, "NON_NATIVE_ASHIFT", "",
     "One or more devices are configured to use a non-native block size.\n\tExpect reduced "
     "performance.",
     "Replace affected devices with devices that support the\n\tconfigured block size, or "
     "migrate data to a properly configured\n\tpool."},
}};

using LeafTest = std::function<bool(const VdevStats&)>;

/// find_vdev_problem(): does any leaf (or cache device) pass the test? Problems inside a
/// replacing vdev are skipped: the resilver in progress is reported instead.
bool find_problem(const Vdev& v, const LeafTest& test)
{
    if (v.type == "replacing")
        return false;
    if (v.children.empty())
        return v.has_stats && test(v.stats);
    for (const Vdev& c : v.children)
        if (find_problem(c, test))
            return true;
    return false;
}

bool find_problem(const PoolConfig& p, const LeafTest& test)
{
    if (find_problem(p.root, test))
        return true;
    for (const Vdev& c : p.l2cache)
        if (find_problem(c, test))
            return true;
    return false;
}

PoolHealth classify(const PoolConfig& p, bool for_import)
{
    const VdevStats& vs = p.root.stats;
    auto st = [](VdevStateCode s) { return [s](const VdevStats& x) { return x.state == s; }; };
    if (vs.state == VdevStateCode::CantOpen && vs.aux == VdevAux::VersionNewer)
        return PoolHealth::VersionNewer;
    if (vs.state == VdevStateCode::CantOpen && vs.aux == VdevAux::BadGuidSum)
        return PoolHealth::BadGuidSum;
    if (p.suspended)
        return p.suspended_reason == 2 /* ZIO_SUSPEND_MMP */ ? PoolHealth::IoFailureMmp
                                                              : PoolHealth::IoFailureWait;
    if (vs.state == VdevStateCode::CantOpen && vs.aux == VdevAux::BadLog)
        return PoolHealth::BadLog;
    if (vs.state == VdevStateCode::CantOpen) {
        if (find_problem(p, st(VdevStateCode::Faulted)))
            return PoolHealth::FaultedDevNr;
        if (find_problem(p, [](const VdevStats& x) {
                return x.state == VdevStateCode::CantOpen && x.aux == VdevAux::OpenFailed;
            }))
            return PoolHealth::MissingDevNr;
        if (find_problem(p, st(VdevStateCode::CantOpen)))
            return PoolHealth::CorruptLabelNr;
        if (vs.aux == VdevAux::CorruptData)
            return PoolHealth::CorruptPool;
    }
    if (!for_import && p.error_count != 0)
        return PoolHealth::CorruptData;
    if (find_problem(p, st(VdevStateCode::Faulted)))
        return PoolHealth::FaultedDevR;
    if (find_problem(p, [](const VdevStats& x) {
            return x.state == VdevStateCode::CantOpen && x.aux == VdevAux::OpenFailed;
        }))
        return PoolHealth::MissingDevR;
    if (find_problem(p, st(VdevStateCode::CantOpen)))
        return PoolHealth::CorruptLabelR;
    if (!for_import && find_problem(p, [](const VdevStats& x) {
            return x.read_errors != 0 || x.write_errors != 0 || x.checksum_errors != 0;
        }))
        return PoolHealth::FailingDev;
    if (find_problem(p, st(VdevStateCode::Offline)))
        return PoolHealth::OfflineDev;
    if (find_problem(p, st(VdevStateCode::Removed)))
        return PoolHealth::RemovedDev;
    if (p.scan && p.scan->func == ScanKind::Resilver && p.scan->state == ScanState::Scanning)
        return PoolHealth::Resilvering;
    if (p.version != 0 && p.version < 5000)
        return PoolHealth::VersionOlder;
    if (find_problem(p, [](const VdevStats& x) {
            return x.has_physical_ashift && x.configured_ashift < x.physical_ashift;
        }))
        return PoolHealth::NonNativeAshift;
    return PoolHealth::Ok;
}

} // namespace

std::string pool_state_name(const PoolConfig& pool)
{
    if (pool.state == 6)  // POOL_STATE_UNAVAIL
        return "FAULTED";
    if (pool.suspended)
        return "SUSPENDED";
    return std::string(state_display_name(pool.root.stats.state, pool.root.stats.aux));
}

HealthReport pool_health(const PoolConfig& pool, bool for_import)
{
    HealthReport r;
    r.health = classify(pool, for_import);
    r.state = pool_state_name(pool);
    for (const HealthText& t : kTexts) {
        if (t.health != r.health)
            continue;
        r.code = t.code;
        r.status = t.status;
        r.action = t.action;
        r.msgid = t.msgid;
    }
    return r;
}

} // namespace gzfs
