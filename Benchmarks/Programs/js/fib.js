// fib(30), as ../fib.ai. Answer: 832040.
function fib(n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function bench() {
    return fib(30);
}
