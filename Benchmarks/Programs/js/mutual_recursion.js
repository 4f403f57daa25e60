// even?/odd? over a million steps each way, as ../mutual_recursion.ai. JavaScript engines have no
// proper tail calls (a million nested calls overflow their stacks), so each function is written as
// the loop that mutual tail calls amount to: the other function's body inlined, then back to the top.
// Answer: 2.
function myEven(n) {
    for (;;) {
        if (n === 0) return true;
        n = n - 1; // tail call (my-odd? (- n 1))
        if (n === 0) return false;
        n = n - 1; // tail call (my-even? (- n 1))
    }
}

function myOdd(n) {
    for (;;) {
        if (n === 0) return false;
        n = n - 1; // tail call (my-even? (- n 1))
        if (n === 0) return true;
        n = n - 1; // tail call (my-odd? (- n 1))
    }
}

function bench() {
    return (myEven(1000000) ? 1 : 0) + (myOdd(999999) ? 1 : 0);
}
