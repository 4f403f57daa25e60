-- fib(30), as ../fib.ai. Answer: 832040.
local function fib(n)
    if n < 2 then return n end
    return fib(n - 1) + fib(n - 2)
end

function bench()
    return fib(30)
end
