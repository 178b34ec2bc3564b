#pragma once
// A column table as zfs and zpool print them: every column as wide as its widest cell or
// header, two spaces between columns, strings left-aligned, numbers right-aligned, the last
// left-aligned column not padded. Scripted mode (-H): no header, cells separated by one tab.

#include <string>
#include <vector>

namespace gzfs::out {

/// One column: its header (already uppercase, e.g. "NAME", "USED") and alignment.
struct Column {
    std::string header;
    bool right_align = false;
};

/// How to print a table.
struct TableStyle {
    bool scripted = false; ///< -H: no header, tab-separated, no padding
};

/// Rows of cells under fixed columns. Cells are printed verbatim.
class Table {
public:
    explicit Table(std::vector<Column> columns);

    /// Appends a row; it must have one cell per column (programmer error otherwise).
    void add_row(std::vector<std::string> cells);

    /// Makes column `index` at least `width` wide, for values measured but not printed
    /// (zfs get sizes VALUE over every property, even those -s filters out).
    void widen(size_t index, size_t width);

    const std::vector<Column>& columns() const { return columns_; }
    const std::vector<std::vector<std::string>>& rows() const { return rows_; }

    /// The whole table, each line ending in '\n'. Empty when there are no rows and the style
    /// is scripted; the header alone otherwise (zfs prints nothing at all for no datasets:
    /// callers decide whether to render an empty table).
    std::string render(const TableStyle& style = {}) const;

private:
    std::string render_line(const std::vector<std::string>& cells,
                            const std::vector<size_t>& widths, bool scripted) const;

    std::vector<Column> columns_;
    std::vector<size_t> min_widths_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace gzfs::out
