#include "pool_args.h"

#include "pool/pool_query.h"

namespace gzfs::cli {

bool resolve_pools(Client& c, std::vector<std::string>& pools, std::string_view command,
                   bool json)
{
    if (!pools.empty())
        return true;
    auto names = imported_pool_names(c);
    if (!names) {
        report_error(command, names.error(), json);
        return false;
    }
    pools = std::move(*names);
    return true;
}

} // namespace gzfs::cli
