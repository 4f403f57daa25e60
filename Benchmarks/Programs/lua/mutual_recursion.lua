-- even?/odd? over a million steps each way with mutual tail calls (Lua has proper tail calls), as
-- ../mutual_recursion.ai. Answer: 2.
local my_odd

local function my_even(n)
    if n == 0 then return true end
    return my_odd(n - 1)
end

my_odd = function(n)
    if n == 0 then return false end
    return my_even(n - 1)
end

function bench()
    return (my_even(1000000) and 1 or 0) + (my_odd(999999) and 1 or 0)
end
