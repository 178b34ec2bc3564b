#pragma once
// Why a pool is not simply healthy, and what to do: zpool_get_status() (libzfs_status.c) and
// the status:/action: texts zpool status prints (2.3 wording, tabs and line breaks included).

#include "pool/pool_config.h"

#include <string>
#include <string_view>

namespace gzfs {

/// zpool_status_t, the cases gzpool tells apart (in the order check_status() tests them).
enum class PoolHealth {
    Ok,
    VersionNewer,
    BadGuidSum,
    IoFailureWait,
    IoFailureContinue,
    IoFailureMmp,
    BadLog,
    FaultedDevNr,
    MissingDevNr,
    CorruptLabelNr,
    CorruptPool,
    CorruptData,
    FaultedDevR,
    MissingDevR,
    CorruptLabelR,
    FailingDev,
    OfflineDev,
    RemovedDev,
    Resilvering,
    VersionOlder,
    NonNativeAshift,
};

struct HealthReport {
    PoolHealth health = PoolHealth::Ok;
    std::string state;          ///< pool state as zpool shows it: ONLINE, DEGRADED, FAULTED, SUSPENDED
    std::string_view code;      ///< zpool status -j "status": "OK", "MISSING_DEV_R", ...
    std::string_view status;    ///< the "status:" text, "" for Ok
    std::string_view action;    ///< the "action:" text, "" when none
    std::string_view msgid;     ///< "ZFS-8000-2Q", "" when none
};

/// Classifies a pool from its live config (not for import candidates: those skip the error
/// log and device error checks).
HealthReport pool_health(const PoolConfig& pool, bool for_import = false);

/// zpool_get_state_str(): FAULTED for an unavailable pool, SUSPENDED, else the root vdev's state.
std::string pool_state_name(const PoolConfig& pool);

/// The docs link zpool prints after "see:".
inline constexpr std::string_view kMsgUrl = "https://openzfs.github.io/openzfs-docs/msg/";

} // namespace gzfs
