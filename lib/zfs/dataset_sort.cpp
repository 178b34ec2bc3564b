#include "zfs/dataset_sort.h"

#include "zfs/property.h"
#include "zfs/property_value.h"

#include <algorithm>
#include <cstring>

namespace gzfs::zfs {

namespace {

int sign(int v)
{
    return (v > 0) - (v < 0);
}

// Compares one key; 0 when equal or both missing.
int compare_key(const DatasetRecord& a, const DatasetRecord& b, const SortKey& key)
{
    const ValueOptions literal{true};
    const auto va = property_value(a, key.property, literal);
    const auto vb = property_value(b, key.property, literal);
    // Missing values go last, before the direction is applied (as zfs_sort).
    if (va && !vb)
        return -1;
    if (!va && vb)
        return 1;
    if (!va && !vb)
        return 0;
    const PropertyDef* def = find_property(key.property);
    int result = 0;
    if (def && def->kind != PropKind::String && va->number && vb->number)
        result = *va->number < *vb->number ? -1 : (*va->number > *vb->number ? 1 : 0);
    else
        result = sign(std::strcmp(va->text.c_str(), vb->text.c_str()));
    return key.descending ? -result : result;
}

} // namespace

int compare_names(const DatasetRecord& a, const DatasetRecord& b)
{
    const size_t at_a = a.name.find('@');
    const size_t at_b = b.name.find('@');
    const std::string base_a = a.name.substr(0, at_a);
    const std::string base_b = b.name.substr(0, at_b);
    const int c = sign(std::strcmp(base_a.c_str(), base_b.c_str()));
    if (c != 0 || (at_a == std::string::npos && at_b == std::string::npos))
        return c;
    // A dataset comes before its snapshots; snapshots of one dataset by creation txg.
    if (at_a == std::string::npos)
        return -1;
    if (at_b == std::string::npos)
        return 1;
    const uint64_t ta = a.stats.creation_txg, tb = b.stats.creation_txg;
    return ta < tb ? -1 : (ta > tb ? 1 : 0);
}

void sort_records(std::vector<DatasetRecord>& records, const std::vector<SortKey>& keys)
{
    std::stable_sort(records.begin(), records.end(),
                     [&](const DatasetRecord& a, const DatasetRecord& b) {
                         for (const auto& key : keys)
                             if (int c = compare_key(a, b, key); c != 0)
                                 return c < 0;
                         return compare_names(a, b) < 0;
                     });
}

} // namespace gzfs::zfs
