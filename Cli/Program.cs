// Placeholder entry point; the command table replaces it.
return 2;
