package care.smd.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cipher a thread keeps serves every key and every sealing in turn. */
class AesTest {

	private static final byte[] BOUND = "patient-1".getBytes(StandardCharsets.UTF_8);

	@Test
	void aThreadOpensWhatItSealedUnderSeveralKeysInTurn() throws Exception {
		byte[] first = Aes.newKey();
		byte[] second = Aes.newKey();
		byte[] sealedFirst = Aes.seal(first, text("张三"), BOUND);
		byte[] sealedSecond = Aes.seal(second, text("李四"), BOUND);

		assertThat(Aes.open(second, sealedSecond, BOUND)).isEqualTo(text("李四"));
		assertThat(Aes.open(first, sealedFirst, BOUND)).isEqualTo(text("张三"));
	}

	@Test
	void aRefusedOpeningLeavesTheThreadsCipherUsable() throws Exception {
		byte[] key = Aes.newKey();
		byte[] sealed = Aes.seal(key, text("张三"), BOUND);

		assertThatThrownBy(() -> Aes.open(Aes.newKey(), sealed, BOUND)).isInstanceOf(GeneralSecurityException.class);
		assertThatThrownBy(() -> Aes.open(key, sealed, text("patient-2"))).isInstanceOf(GeneralSecurityException.class);
		assertThat(Aes.open(key, sealed, BOUND)).isEqualTo(text("张三"));
		assertThat(Aes.open(key, Aes.seal(key, text("王五"), BOUND), BOUND)).isEqualTo(text("王五"));
	}

	@Test
	void threadsSealAndOpenAtOnce() throws Exception {
		byte[] key = Aes.newKey();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> rounds = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				String name = "患者" + t;
				Callable<Boolean> round = () -> {
					for (int i = 0; i < 500; i++) {
						byte[] plain = text(name + i);
						if (!Arrays.equals(Aes.open(key, Aes.seal(key, plain, BOUND), BOUND), plain)) {
							return false;
						}
					}
					return true;
				};
				rounds.add(threads.submit(round));
			}
			for (Future<Boolean> round : rounds) {
				assertThat(round.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static byte[] text(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
