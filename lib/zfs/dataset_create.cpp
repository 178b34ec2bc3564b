#include "zfs/dataset_create.h"

#include "zfs/dataset_lookup.h"
#include "zfs/dataset_name.h"
#include "zfs/dataset_ops.h"
#include "zfs/property_table.h"
#include "zfs/size_parse.h"

#include <algorithm>
#include <cerrno>

namespace gzfs::zfs {

namespace {

Error fail(std::string_view name, std::string reason, int err = EINVAL)
{
    return make_error("cannot create '" + std::string(name) + "': " + reason, err);
}

// The ancestors of `name` that are missing, outermost first. Without -p a missing parent
// is an error, as zfs says it.
Result<std::vector<std::string>> missing_parents(Client& c, const std::string& name,
                                                 bool create_them)
{
    std::vector<std::string> missing;
    for (std::string p = parent_of(name); !p.empty(); p = parent_of(p)) {
        auto type = dataset_type(c, p);
        if (type) {
            if (*type != kTypeFilesystem)
                return fail(name, "parent is not a filesystem", ENOTDIR);
            break;
        }
        if (type.error().sys_errno != ENOENT)
            return type.error();
        if (p.find('/') == std::string::npos)
            return fail(name, "no such pool '" + p + "'", ENOENT);
        missing.push_back(p);
    }
    if (!missing.empty() && !create_them)
        return fail(name, "parent does not exist", ENOENT);
    std::reverse(missing.begin(), missing.end());
    return missing;
}

Status make_parents(Client& c, const std::vector<std::string>& parents)
{
    for (const auto& p : parents)
        if (auto s = gzfs::create_dataset(c, p, DatasetType::Filesystem); !s)
            return s;
    return {};
}

// -V and -b: the volume's size and block size checked as zfs does.
Status add_volume_props(const CreateOptions& o, nv::NvList& props)
{
    auto size = parse_size(*o.volume_size);
    if (!size)
        return fail(o.name, "bad volume size '" + *o.volume_size + "': " + size.error().message);
    if (*size == 0)
        return fail(o.name, "volume size cannot be zero");
    uint64_t block = props.get_or("volblocksize", uint64_t{16384});
    if (o.volume_block_size) {
        auto b = parse_size(*o.volume_block_size);
        if (!b)
            return fail(o.name, "bad volume block size '" + *o.volume_block_size + "'");
        if (*b < 512 || *b > (128u << 10) || (*b & (*b - 1)) != 0)
            return fail(o.name, "'volblocksize' must be power of 2 from 512B to 128K");
        block = *b;
        props.add_uint64("volblocksize", block);
    }
    if (*size % block != 0)
        return fail(o.name, "volume size must be a multiple of volume block size");
    props.add_uint64("volsize", *size);
    if (!o.sparse && !props.contains("refreservation")) {
        const uint64_t copies = props.get_or("copies", uint64_t{1});
        props.add_uint64("refreservation", volume_reservation(*size, block, copies));
    }
    return {};
}

} // namespace

uint64_t volume_reservation(uint64_t volsize, uint64_t volblocksize, uint64_t copies)
{
    // Constants of the DMU: 128K indirect blocks (DN_MAX_INDBLKSHIFT 17) holding 1024 block
    // pointers each, at most 3 DVAs per block pointer.
    constexpr uint64_t kIndirectShift = 17;
    constexpr uint64_t kPointersPerIndirect = 1024;
    uint64_t nblocks = volsize / volblocksize;
    uint64_t numdb = 7; // the meta dnode's levels L0-L6
    while (nblocks > 1) {
        nblocks += kPointersPerIndirect - 1;
        nblocks /= kPointersPerIndirect;
        numdb += nblocks;
    }
    numdb *= std::min<uint64_t>(3, copies + 1);
    return volsize * copies + (numdb << kIndirectShift);
}

Result<CreateResult> create_dataset(Client& c, const CreateOptions& o)
{
    const bool volume = o.volume_size.has_value();
    if (auto s = check_name(o.name, volume ? kTypeVolume : kTypeFilesystem, "create"); !s)
        return s.error();
    if (!volume && (o.sparse || o.volume_block_size))
        return fail(o.name, "-s and -b apply only to volumes (-V)");
    auto props = property_list(o.properties, {volume ? kTypeVolume : kTypeFilesystem, true},
                               "create", o.name);
    if (!props)
        return props.error();
    if (volume)
        if (auto s = add_volume_props(o, *props); !s)
            return s.error();
    if (dataset_exists(c, o.name))
        return fail(o.name, "dataset already exists", EEXIST);
    auto parents = missing_parents(c, o.name, o.parents);
    if (!parents)
        return parents.error();
    if (auto s = make_parents(c, *parents); !s)
        return s.error();
    auto s = gzfs::create_dataset(c, o.name, volume ? DatasetType::Volume : DatasetType::Filesystem,
                                  *props);
    if (!s)
        return s.error();
    CreateResult r{*parents};
    r.created.push_back(o.name);
    return r;
}

Result<CreateResult> clone_dataset(Client& c, const CloneOptions& o)
{
    if (auto s = check_name(o.origin, kTypeSnapshot, "open"); !s)
        return s.error();
    if (auto s = check_name(o.name, kTypeFilesystem | kTypeVolume, "create"); !s)
        return s.error();
    auto origin = objset_stats(c, o.origin, false);
    if (!origin) {
        Error e = origin.error();
        if (e.sys_errno == ENOENT)
            e.message = "cannot open '" + o.origin + "': dataset does not exist";
        return e;
    }
    const uint32_t type = origin->stats.type == 3 ? kTypeVolume : kTypeFilesystem;
    if (pool_of(o.origin) != pool_of(o.name))
        return fail(o.name, "source and target pools differ", EXDEV);
    auto props = property_list(o.properties, {type, true}, "create", o.name);
    if (!props)
        return props.error();
    if (dataset_exists(c, o.name))
        return fail(o.name, "dataset already exists", EEXIST);
    auto parents = missing_parents(c, o.name, o.parents);
    if (!parents)
        return parents.error();
    if (auto s = make_parents(c, *parents); !s)
        return s.error();
    if (auto s = gzfs::clone_dataset(c, o.name, o.origin, *props); !s)
        return s.error();
    CreateResult r{*parents};
    r.created.push_back(o.name);
    return r;
}

} // namespace gzfs::zfs
