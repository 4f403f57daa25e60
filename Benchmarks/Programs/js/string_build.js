// The decimal strings of 0..9999 joined with "," and measured, as ../string_build.ai. Answer: 48889.
function bench() {
    var parts = [];
    for (var i = 0; i <= 9999; i++) parts.push(String(i));
    return parts.join(",").length;
}
