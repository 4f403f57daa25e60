// The sum of 1..10^7 with an accumulator, as ../tail_loop.ai. JavaScript engines have no proper
// tail calls, so the tail-recursive loop is written as the loop it stands for. Answer: 50000005000000.
function sumTo(i, n, acc) {
    while (!(i > n)) {
        acc = acc + i;
        i = i + 1;
    }
    return acc;
}

function bench() {
    return sumTo(1, 10000000, 0);
}
