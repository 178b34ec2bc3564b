#include "pool/vdev_target.h"

#include "pool/pool_ops.h"
#include "pool/pool_query.h"
#include "pool/vdev_check.h"
#include "pool/vdev_label.h"
#include "pool/vdev_spec.h"

namespace gzfs {

Result<VdevTarget> find_target(Client& c, const std::string& pool, const std::string& device,
                               std::string_view verb)
{
    auto opened = open_pool_raw(c, pool);
    if (!opened)
        return opened.error();
    auto guid = find_vdev_guid(opened->raw, device, verb);
    if (!guid)
        return guid.error();
    VdevTarget t;
    t.guid = *guid;
    t.config = std::move(opened->raw);
    const nv::NvList* parent = nullptr;
    if (const nv::NvList* v = find_vdev_by_guid(t.config, t.guid, &parent)) {
        t.is_leaf = !v->contains("children");
        t.is_spare = v->get_or("is_spare", uint64_t{0}) != 0;
    }
    return t;
}

Result<nv::NvList> single_device_tree(Client& c, const std::string& pool,
                                      const std::string& new_device, std::string_view verb,
                                      bool force)
{
    VdevSpecOptions spec;
    spec.verb = std::string(verb);
    spec.pool = pool;
    std::vector<std::string> words{new_device};
    auto tree = parse_vdev_spec(words, spec);
    if (!tree)
        return tree.error();
    VdevCheckOptions checks;
    checks.verb = std::string(verb);
    checks.pool = pool;
    checks.force = force;
    checks.owner = label_owner;
    checks.imported_guids = imported_pool_guids(c);
    if (auto st = check_vdev_tree(*tree, checks); !st)
        return st.error();
    return tree;
}

} // namespace gzfs
