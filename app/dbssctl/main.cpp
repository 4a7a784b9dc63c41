// Placeholder: replaced by the dbssctl command line (API owner).
int main() { return 0; }
