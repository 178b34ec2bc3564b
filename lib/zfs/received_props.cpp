#include "zfs/received_props.h"

namespace gzfs::zfs {

Result<nv::NvList> received_props(Client& c, const std::string& name)
{
    auto zc = c.make_cmd(Ioc::ObjsetRecvdProps, name);
    if (!zc)
        return zc.error();
    return c.call(Ioc::ObjsetRecvdProps, *zc);
}

} // namespace gzfs::zfs
