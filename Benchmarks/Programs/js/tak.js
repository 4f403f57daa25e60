// tak(18, 12, 6), as ../tak.ai. Answer: 7.
function tak(x, y, z) {
    return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

function bench() {
    return tak(18, 12, 6);
}
