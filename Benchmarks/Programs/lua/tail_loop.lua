-- The sum of 1..10^7 with an accumulator, as ../tail_loop.ai. Lua has proper tail calls, so this is
-- the same tail-recursive loop. Answer: 50000005000000.
local function sum_to(i, n, acc)
    if i > n then return acc end
    return sum_to(i + 1, n, acc + i)
end

function bench()
    return sum_to(1, 10000000, 0)
end
