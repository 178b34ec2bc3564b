#include "output/table.h"

#include <algorithm>
#include <stdexcept>

namespace gzfs::out {

Table::Table(std::vector<Column> columns)
    : columns_(std::move(columns)), min_widths_(columns_.size(), 0)
{
}

void Table::widen(size_t index, size_t width)
{
    min_widths_.at(index) = std::max(min_widths_.at(index), width);
}

void Table::add_row(std::vector<std::string> cells)
{
    if (cells.size() != columns_.size())
        throw std::invalid_argument("Table::add_row: wrong number of cells");
    rows_.push_back(std::move(cells));
}

std::string Table::render(const TableStyle& style) const
{
    std::vector<size_t> widths(columns_.size(), 0);
    for (size_t i = 0; i < columns_.size(); i++) {
        if (!style.scripted)
            widths[i] = std::max(columns_[i].header.size(), min_widths_[i]);
        for (const auto& row : rows_)
            widths[i] = std::max(widths[i], row[i].size());
    }
    std::string text;
    if (!style.scripted) {
        std::vector<std::string> headers;
        for (const auto& c : columns_)
            headers.push_back(c.header);
        text += render_line(headers, widths, false);
    }
    for (const auto& row : rows_)
        text += render_line(row, widths, style.scripted);
    return text;
}

std::string Table::render_line(const std::vector<std::string>& cells,
                               const std::vector<size_t>& widths, bool scripted) const
{
    std::string line;
    for (size_t i = 0; i < cells.size(); i++) {
        const std::string& cell = cells[i];
        if (scripted) {
            if (i > 0)
                line += '\t';
            line += cell;
            continue;
        }
        if (i > 0)
            line += "  ";
        const size_t pad = widths[i] > cell.size() ? widths[i] - cell.size() : 0;
        const bool last = i + 1 == cells.size();
        if (columns_[i].right_align) {
            line.append(pad, ' ');
            line += cell;
        } else {
            line += cell;
            // zfs leaves the last left-aligned column unpadded: no trailing blanks.
            if (!last)
                line.append(pad, ' ');
        }
    }
    line += '\n';
    return line;
}

} // namespace gzfs::out
