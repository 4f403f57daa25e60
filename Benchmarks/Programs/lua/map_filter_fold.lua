-- map/filter/fold with closures over 100,000 elements, as ../map_filter_fold.ai: every stage builds
-- a table (Lua has no list library, so the three are written here). Answer: 7500150000.
local function range(first, last_exclusive)
    local xs = {}
    for i = first, last_exclusive - 1 do xs[#xs + 1] = i end
    return xs
end

local function map(f, xs)
    local ys = {}
    for i = 1, #xs do ys[i] = f(xs[i]) end
    return ys
end

local function filter(pred, xs)
    local ys = {}
    for i = 1, #xs do
        local x = xs[i]
        if pred(x) then ys[#ys + 1] = x end
    end
    return ys
end

local function fold(f, init, xs)
    local acc = init
    for i = 1, #xs do acc = f(acc, xs[i]) end
    return acc
end

function bench()
    local k = 3
    local xs = range(1, 100001)
    return fold(function(acc, x) return acc + x end, 0,
        filter(function(x) return x % 2 == 0 end,
            map(function(x) return x * k end, xs)))
end
