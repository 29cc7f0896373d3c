package care.smd.command.jurisdiction;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.axon.Commands;

/**
 * The demo profile's jurisdiction tree, so a doctor can register patients at once.
 * Defining an unchanged jurisdiction records nothing, so restarts add no events.
 * Community names and populations below street level are illustrative.
 */
@Component
@ConditionalOnProperty("smd.demo.jurisdictions")
class DemoJurisdictions implements ApplicationRunner {

	record Entry(String code, String name, long population) {
	}

	static final List<Entry> TREE = List.of(new Entry("31", "上海市", 24_870_895), new Entry("3101", "上海市市辖区", 24_870_895),
			new Entry("310105", "长宁区", 693_051), new Entry("310105002", "华阳路街道", 81_000),
			new Entry("310105002001", "华阳路第一居委会", 4_200), new Entry("310105002002", "华阳路第二居委会", 3_900),
			new Entry("310105005", "江苏路街道", 52_000), new Entry("310105005001", "江苏路第一居委会", 3_600),
			new Entry("32", "江苏省", 84_748_016), new Entry("3206", "南通市", 7_726_635),
			new Entry("320682", "如皋市", 1_238_000), new Entry("320682100", "如城街道", 150_000),
			new Entry("320682100001", "如城第一社区", 5_100));

	private final Commands commands;

	DemoJurisdictions(Commands commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Entry entry : TREE) {
			this.commands
				.send(new DefineJurisdiction(JurisdictionCode.of(entry.code()), entry.name(), entry.population()));
		}
	}

}
