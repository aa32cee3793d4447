package com.scenehub.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvatarInitialTest {

    @Test
    void theAvatarShowsTheFirstCharacterOfTheName() {
        assertThat(MainLayout.initial("张伟")).isEqualTo("张");
        assertThat(MainLayout.initial("评审专家 张教授 1006")).isEqualTo("评");
        assertThat(MainLayout.initial("  alice smith")).isEqualTo("A");
        assertThat(MainLayout.initial("𠀋山")).isEqualTo("𠀋");
    }

    @Test
    void aMissingNameShowsAQuestionMark() {
        assertThat(MainLayout.initial(null)).isEqualTo("?");
        assertThat(MainLayout.initial(" ")).isEqualTo("?");
    }
}
