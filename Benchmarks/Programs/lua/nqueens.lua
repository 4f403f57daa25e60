-- nqueens(8) with the placed rows in a linked list of cons cells (nil is the empty list), as
-- ../nqueens.ai. Answer: 92.
local queens

local function safe(row, dist, placed)
    if placed == nil then return true end
    local q = placed.head
    return q ~= row and q ~= row + dist and q ~= row - dist and safe(row, dist + 1, placed.tail)
end

local function try_rows(row, n, k, placed, acc)
    if row > n then return acc end
    if safe(row, 1, placed) then
        acc = acc + queens(n, k + 1, { head = row, tail = placed })
    end
    return try_rows(row + 1, n, k, placed, acc)
end

queens = function(n, k, placed)
    if k == n then return 1 end
    return try_rows(1, n, k, placed, 0)
end

function bench()
    return queens(8, 0, nil)
end
