#include "trace/ioctl_fields.h"

#include <array>
#include <initializer_list>
#include <vector>

namespace gzfs::trace {

namespace {

using F = Field;

struct Row {
    Ioc ioc;
    std::vector<Field> fields;
};

// Legacy ioctls: arguments in zfs_cmd_t. New-style ones read only zc_name (and the src
// nvlist); they fall through to the default {zc_name}.
const std::vector<Row>& rows()
{
    static const std::vector<Row> table = {
        {Ioc::PoolCreate, {F::Name}},
        {Ioc::PoolDestroy, {F::Name}},
        {Ioc::PoolImport, {F::Name, F::Guid, F::Cookie}},          // cookie: import flags
        {Ioc::PoolExport, {F::Name, F::Cookie, F::Guid}},          // force, hardforce
        {Ioc::PoolConfigs, {F::Cookie}},                           // last config generation
        {Ioc::PoolStats, {F::Name}},
        {Ioc::PoolTryimport, {}},
        {Ioc::PoolScan, {F::Name, F::Cookie, F::Flags}},           // pool_scan_func_t, pause
        {Ioc::PoolFreeze, {F::Name}},
        {Ioc::PoolUpgrade, {F::Name, F::Cookie}},                  // target SPA version
        {Ioc::PoolGetHistory, {F::Name, F::HistoryLen, F::HistoryOffset}},
        {Ioc::VdevAdd, {F::Name, F::Flags}},
        {Ioc::VdevRemove, {F::Name, F::Guid, F::Cookie}},          // cookie: cancel
        {Ioc::VdevSetState, {F::Name, F::Guid, F::Cookie, F::Obj}}, // new state, aux
        {Ioc::VdevAttach, {F::Name, F::Guid, F::Cookie, F::Simple}}, // replacing, rebuild
        {Ioc::VdevDetach, {F::Name, F::Guid}},
        {Ioc::VdevSetpath, {F::Name, F::Guid, F::Value}},
        {Ioc::VdevSetfru, {F::Name, F::Guid, F::Value}},
        {Ioc::ObjsetStats, {F::Name, F::Simple}},
        {Ioc::ObjsetZplprops, {F::Name}},
        {Ioc::DatasetListNext, {F::Name, F::Cookie, F::Simple}},
        {Ioc::SnapshotListNext, {F::Name, F::Cookie, F::Simple}},
        {Ioc::SetProp, {F::Name, F::Cookie}},                      // zprop_source_t
        {Ioc::Destroy, {F::Name, F::DeferDestroy}},
        {Ioc::Rename, {F::Name, F::Value, F::Cookie}},             // cookie: recursive
        {Ioc::Recv, {F::Name, F::Value, F::String, F::Cookie, F::CleanupFd}},
        {Ioc::Send, {F::Name, F::Cookie, F::Obj, F::Sendobj, F::Fromobj, F::Flags}},
        {Ioc::InjectFault, {F::Name, F::Guid, F::Flags}},
        {Ioc::ClearFault, {F::Guid}},
        {Ioc::InjectListNext, {F::Guid}},
        {Ioc::ErrorLog, {F::Name}},
        {Ioc::Clear, {F::Name, F::Guid, F::Cookie}},
        {Ioc::Promote, {F::Name}},
        {Ioc::DsobjToDsname, {F::Name, F::Obj}},
        {Ioc::ObjToPath, {F::Name, F::Obj}},
        {Ioc::PoolSetProps, {F::Name}},
        {Ioc::PoolGetProps, {F::Name}},
        {Ioc::SetFsacl, {F::Name, F::PermAction}},
        {Ioc::GetFsacl, {F::Name}},
        {Ioc::InheritProp, {F::Name, F::Value, F::Cookie}},        // cookie: received
        {Ioc::UserspaceOne, {F::Name, F::ObjsetType, F::Value, F::Guid}},
        {Ioc::UserspaceMany, {F::Name, F::ObjsetType, F::Cookie}},
        {Ioc::UserspaceUpgrade, {F::Name}},
        {Ioc::ObjsetRecvdProps, {F::Name}},
        {Ioc::VdevSplit, {F::Name, F::String, F::Cookie}},
        {Ioc::NextObj, {F::Name, F::Obj}},
        {Ioc::Diff, {F::Name, F::Value, F::Cookie}},               // cookie: output fd
        {Ioc::TmpSnapshot, {F::Name, F::Value, F::CleanupFd}},
        {Ioc::ObjToStats, {F::Name, F::Obj}},
        {Ioc::SpaceWritten, {F::Name, F::Value}},
        {Ioc::PoolReguid, {F::Name}},
        {Ioc::SendProgress, {F::Name, F::Cookie}},                 // cookie: the send's fd
        {Ioc::EventsNext, {F::Cookie, F::CleanupFd}},
        {Ioc::EventsClear, {}},
        {Ioc::EventsSeek, {F::Guid, F::CleanupFd}},
        {Ioc::UsernsAttach, {F::Name, F::CleanupFd}},
        {Ioc::UsernsDetach, {F::Name, F::CleanupFd}},
    };
    return table;
}

const std::vector<Field> kJustName = {F::Name};

} // namespace

std::span<const Field> ioctl_input_fields(Ioc ioc)
{
    for (const auto& row : rows())
        if (row.ioc == ioc)
            return row.fields;
    return kJustName;
}

bool is_shown_field(Field field)
{
    switch (field) {
    case F::NvlistSrc:
    case F::NvlistDst:
    case F::NvlistConf:
    case F::History:
    case F::Pad:
    case F::Pad2:
    case F::Share:
    case F::BeginRecord:
    case F::InjectRecord:
    case F::Stat:
    case F::ObjsetStats:
    case F::Count_:
        return false;
    default:
        return true;
    }
}

} // namespace gzfs::trace
