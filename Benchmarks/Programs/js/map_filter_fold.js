// map/filter/fold with closures over 100,000 elements, as ../map_filter_fold.ai: every stage builds
// an array. Answer: 7500150000.
function range(start, end) {
    var xs = [];
    for (var i = start; i < end; i++) xs.push(i);
    return xs;
}

function bench() {
    var k = 3;
    var xs = range(1, 100001);
    return xs
        .map(function (x) { return x * k; })
        .filter(function (x) { return x % 2 === 0; })
        .reduce(function (acc, x) { return acc + x; }, 0);
}
