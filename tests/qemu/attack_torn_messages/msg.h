/* attack_torn_messages: a message is MSG_WORDS copies of one tag word. */
#define MSG_BYTES 4096
#define MSG_WORDS (MSG_BYTES / 4)
#define TAG(epoch, seq) (((prtos_u32_t)(epoch) << 24) | ((prtos_u32_t)(seq)&0xFFFFFF))
