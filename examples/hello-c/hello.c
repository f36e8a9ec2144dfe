#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("Hello from C!\n");
    const char *greeting = getenv("GREETING");
    if (greeting != NULL) {
        printf("GREETING=%s\n", greeting);
    }
    return 0;
}
